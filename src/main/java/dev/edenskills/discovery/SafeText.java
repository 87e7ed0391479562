package dev.edenskills.discovery;

/**
 * Makes text from a skill safe to show on a terminal: control, format (bidi) and separator
 * characters become escapes, so a name or description cannot move the cursor, recolour the screen
 * or hide part of a message.
 */
public final class SafeText {
  private SafeText() {}

  /** {@code s} in double quotes, escaped, cut after {@code maxCodePoints} with a length note. */
  public static String quote(String s, int maxCodePoints) {
    StringBuilder b = new StringBuilder("\"");
    int count = s.codePointCount(0, s.length());
    int shown = 0;
    for (int i = 0; i < s.length() && shown < maxCodePoints; shown++) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '"' || cp == '\\') {
        b.append('\\').appendCodePoint(cp);
      } else {
        appendEscaped(b, cp);
      }
    }
    b.append('"');
    if (count > maxCodePoints) {
      b.append("... (").append(count).append(" characters)");
    }
    return b.toString();
  }

  /** {@code s} with unsafe characters escaped, unquoted: for one line of a listing. */
  public static String escape(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(cp -> appendEscaped(b, cp));
    return b.toString();
  }

  private static void appendEscaped(StringBuilder b, int cp) {
    switch (cp) {
      case 0 -> b.append("\\0");
      case '\n' -> b.append("\\n");
      case '\r' -> b.append("\\r");
      case '\t' -> b.append("\\t");
      default -> {
        if (unsafe(cp)) {
          b.append(String.format("\\u%04X", cp));
        } else {
          b.appendCodePoint(cp);
        }
      }
    }
  }

  private static boolean unsafe(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED ->
          true;
      default -> false;
    };
  }
}
