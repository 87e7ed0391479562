package dev.edenskills.config;

import dev.edenskills.common.ErrorCode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/** Typed access to one TOML table that reports wrong types and unknown keys with field paths. */
final class TomlFields {
  private final TomlTable table;
  private final String path;
  private final Issues issues;

  TomlFields(TomlTable table, String path, Issues issues) {
    this.table = table;
    this.path = path;
    this.issues = issues;
  }

  String path() {
    return path;
  }

  String field(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  boolean has(String key) {
    return raw(key) != null;
  }

  Object raw(String key) {
    // A list path: a key such as "a.b" written in quotes must not be split at the dot.
    return table.get(List.of(key));
  }

  Optional<String> string(String key) {
    return typed(key, String.class, "a string");
  }

  Optional<Long> integer(String key) {
    return typed(key, Long.class, "an integer");
  }

  Optional<Boolean> bool(String key) {
    return typed(key, Boolean.class, "true or false");
  }

  Optional<TomlTable> table(String key) {
    return typed(key, TomlTable.class, "a table");
  }

  Optional<TomlArray> array(String key) {
    return typed(key, TomlArray.class, "an array");
  }

  /** Reports {@code MISSING_FIELD} when absent; an absent or mistyped value is empty. */
  Optional<String> requiredString(String key, String why) {
    if (!has(key)) {
      issues.error(ErrorCode.MISSING_FIELD, field(key), why);
      return Optional.empty();
    }
    return string(key);
  }

  void rejectUnknown(Set<String> known) {
    table.keySet().stream()
        .sorted()
        .filter(k -> !known.contains(k))
        .forEach(k -> issues.unknownKey(field(k), k));
  }

  private <T> Optional<T> typed(String key, Class<T> type, String expected) {
    Object value = raw(key);
    if (value == null) {
      return Optional.empty();
    }
    if (!type.isInstance(value)) {
      issues.error(
          ErrorCode.INVALID_TYPE,
          field(key),
          "expected " + expected + ", found " + describe(value));
      return Optional.empty();
    }
    return Optional.of(type.cast(value));
  }

  static String describe(Object value) {
    return switch (value) {
      case String s -> "the string \"" + s.replaceAll("\\p{Cntrl}", "?") + "\"";
      case Long l -> "the integer " + l;
      case Double d -> "the float " + d;
      case Boolean b -> "the boolean " + b;
      case TomlArray a -> "an array";
      case TomlTable t -> "a table";
      default -> "a date/time value";
    };
  }
}
