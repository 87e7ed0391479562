package dev.edenskills.discovery;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an {@code allowed-tools} string. Agents write both {@code "Read Grep"} and {@code "Read,
 * Grep"}, and a pattern may hold spaces inside parentheses ({@code Bash(git add:*)}), so commas and
 * whitespace separate entries only outside parentheses.
 */
final class AllowedTools {
  private AllowedTools() {}

  static List<String> split(String value) {
    List<String> tools = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      }
      if (depth == 0 && (c == ',' || Character.isWhitespace(c))) {
        flush(current, tools);
      } else {
        current.append(c);
      }
    }
    flush(current, tools);
    return tools;
  }

  private static void flush(StringBuilder current, List<String> tools) {
    if (!current.isEmpty()) {
      tools.add(current.toString());
      current.setLength(0);
    }
  }
}
