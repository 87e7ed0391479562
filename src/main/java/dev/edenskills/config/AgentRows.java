package dev.edenskills.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code agents.toml}, which is TOML restricted to one shape: comment and blank lines, {@code
 * [[agents]]} headers, and {@code key = "text"} lines whose text holds no quote or backslash.
 * Anything else is rejected with its line number, so the file cannot drift into TOML this reader
 * would misread.
 */
final class AgentRows {
  private AgentRows() {}

  /** One map per {@code [[agents]]} entry, keys in file order. */
  static List<Map<String, String>> read(String text) {
    List<Map<String, String>> rows = new ArrayList<>();
    Map<String, String> row = null;
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.equals("[[agents]]")) {
        row = new LinkedHashMap<>();
        rows.add(row);
        continue;
      }
      int eq = line.indexOf('=');
      String key = eq < 0 ? "" : line.substring(0, eq).strip();
      String value = eq < 0 ? "" : line.substring(eq + 1).strip();
      if (row == null || !isKey(key) || !isPlainString(value)) {
        throw new IllegalStateException(
            "agents.toml line %d: expected [[agents]] or key = \"text\": %s"
                .formatted(n + 1, line));
      }
      if (row.put(key, value.substring(1, value.length() - 1)) != null) {
        throw new IllegalStateException(
            "agents.toml line %d: duplicate key %s".formatted(n + 1, key));
      }
    }
    return rows;
  }

  private static boolean isKey(String key) {
    return !key.isEmpty() && key.chars().allMatch(c -> c == '_' || (c >= 'a' && c <= 'z'));
  }

  /** A basic string with nothing that TOML would unescape or end early. */
  private static boolean isPlainString(String value) {
    if (value.length() < 2 || !value.startsWith("\"") || !value.endsWith("\"")) {
      return false;
    }
    String inner = value.substring(1, value.length() - 1);
    return inner.indexOf('"') < 0 && inner.indexOf('\\') < 0;
  }
}
