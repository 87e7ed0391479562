package dev.edenskills.common;

/** Writes TOML basic strings that any TOML 1.0 reader gives back unchanged. */
public final class TomlStrings {
  private TomlStrings() {}

  /**
   * {@code s} as a double-quoted TOML string. Quotes, backslashes and control characters are
   * escaped; other characters (any script, emoji) are written as they are in UTF-8. A lone UTF-16
   * surrogate cannot be written in UTF-8 or TOML at all and becomes U+FFFD.
   */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\u%04X", (int) c));
          } else if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** A TOML array of strings on one line: {@code ["a", "b"]}. */
  public static String array(Iterable<String> values) {
    StringBuilder out = new StringBuilder("[");
    String sep = "";
    for (String v : values) {
      out.append(sep).append(quote(v));
      sep = ", ";
    }
    return out.append(']').toString();
  }
}
