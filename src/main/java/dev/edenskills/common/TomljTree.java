package dev.edenskills.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * A tomlj result as the plain maps and lists {@link OwnToml} gives, so one validation reads both:
 * the fast subset and tomlj's full TOML, its fallback.
 */
public final class TomljTree {
  private TomljTree() {}

  /**
   * {@code table} as a map in key order; nested tables and arrays converted, scalars as tomlj has
   * them.
   */
  public static Map<String, Object> of(TomlTable table) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String key : table.keySet()) {
      out.put(key, value(table.get(List.of(key))));
    }
    return out;
  }

  private static Object value(Object v) {
    if (v instanceof TomlTable t) {
      return of(t);
    }
    if (v instanceof TomlArray a) {
      List<Object> out = new ArrayList<>(a.size());
      for (int i = 0; i < a.size(); i++) {
        out.add(value(a.get(i)));
      }
      return out;
    }
    return v;
  }
}
