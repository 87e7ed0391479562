package dev.edenskills.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the fixed subset of TOML this tool writes itself (skills.lock, safety records), without
 * tomlj's ANTLR parser, which was most of the CPU and of the garbage of a no-change run over 772
 * skills. Each line is blank, a {@code #} comment, an array-of-tables header ({@code [[a]]}, {@code
 * [[a.b]]}) or {@code key = value} with exactly the spacing the writers use; a value is a basic
 * string with the escapes {@link TomlStrings#quote} writes, a decimal integer, {@code true}/{@code
 * false}, or a one-line array of such strings.
 *
 * <p>Whatever it accepts, it reads as any TOML 1.0 reader does (OwnTomlTest compares it with
 * tomlj). Anything else is {@link Outside}, naming the line; callers then fall back to tomlj, so a
 * hand-edited file that is still valid TOML reads as before and a broken one gets tomlj's message.
 *
 * <p>Tables are {@code Map<String, Object>} in file order; values are {@code String}, {@code Long},
 * {@code Boolean}, {@code List<String>} or, for arrays of tables, {@code List<Map<String,
 * Object>>}.
 */
public final class OwnToml {
  private static final Pattern BARE_KEY = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern INTEGER = Pattern.compile("0|[1-9][0-9]{0,17}");

  /** The text is outside the subset; {@code line} is 1-based. */
  public static final class Outside extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    Outside(int line, String reason) {
      super("line " + line + ": " + reason, null, false, false);
      this.line = line;
    }

    public int line() {
      return line;
    }
  }

  private OwnToml() {}

  /** The root table of {@code text}, or {@link Outside} at the first line outside the subset. */
  public static Map<String, Object> read(String text) throws Outside {
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> current = root;
    int start = 0;
    int lineNo = 0;
    while (start < text.length()) {
      lineNo++;
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end);
      start = end + 1;
      if (line.isEmpty() || line.charAt(0) == '#' && comment(line)) {
        continue;
      }
      if (line.startsWith("[[")) {
        current = header(root, line, lineNo);
        continue;
      }
      int eq = line.indexOf(" = ");
      if (eq <= 0 || !BARE_KEY.matcher(line.substring(0, eq)).matches()) {
        throw new Outside(lineNo, "not `key = value`");
      }
      String key = line.substring(0, eq);
      if (current.containsKey(key)) {
        throw new Outside(lineNo, "duplicate key " + key);
      }
      current.put(key, value(line, eq + 3, lineNo));
    }
    return root;
  }

  /** A comment may hold any character but the control characters TOML forbids in one. */
  private static boolean comment(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c < 0x20 && c != '\t' || c == 0x7f || Character.isSurrogate(c)) {
        return false; // not skipped: read as a key line, which then is Outside
      }
    }
    return true;
  }

  private static Map<String, Object> header(Map<String, Object> root, String line, int lineNo)
      throws Outside {
    if (!line.endsWith("]]") || line.length() < 5) {
      throw new Outside(lineNo, "not an array-of-tables header");
    }
    String[] path = line.substring(2, line.length() - 2).split("\\.", -1);
    Map<String, Object> table = root;
    for (int i = 0; i < path.length; i++) {
      if (!BARE_KEY.matcher(path[i]).matches()) {
        throw new Outside(lineNo, "not a bare dotted key in a header");
      }
      Object existing = table.get(path[i]);
      boolean last = i == path.length - 1;
      if (existing == null && last) {
        existing = new TableArray();
        table.put(path[i], existing);
      }
      if (!(existing instanceof TableArray tables)) {
        throw new Outside(lineNo, path[i] + " is not an array of tables here");
      }
      if (last) {
        Map<String, Object> next = new LinkedHashMap<>();
        tables.add(next);
        return next;
      }
      if (tables.isEmpty()) {
        throw new Outside(lineNo, path[i] + " has no table yet");
      }
      table = tables.getLast();
    }
    throw new Outside(lineNo, "empty header");
  }

  /** An array of tables, told apart from an array of strings (both are lists). */
  private static final class TableArray extends ArrayList<Map<String, Object>> {
    private static final long serialVersionUID = 1L;
  }

  private static Object value(String line, int at, int lineNo) throws Outside {
    if (at >= line.length()) {
      throw new Outside(lineNo, "no value");
    }
    char c = line.charAt(at);
    if (c == '"') {
      StringBuilder out = new StringBuilder();
      if (string(line, at, out, lineNo) != line.length()) {
        throw new Outside(lineNo, "text after the string");
      }
      return out.toString();
    }
    if (c == '[') {
      return array(line, at, lineNo);
    }
    String rest = line.substring(at);
    return switch (rest) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> {
        if (!INTEGER.matcher(rest).matches()) {
          throw new Outside(lineNo, "not a string, integer, boolean or array");
        }
        yield Long.valueOf(rest);
      }
    };
  }

  private static List<String> array(String line, int at, int lineNo) throws Outside {
    List<String> out = new ArrayList<>();
    int i = at + 1;
    if (line.startsWith("]", i)) {
      i++;
    } else {
      while (true) {
        StringBuilder s = new StringBuilder();
        i = string(line, i, s, lineNo);
        out.add(s.toString());
        if (line.startsWith(", ", i)) {
          i += 2;
        } else if (line.startsWith("]", i)) {
          i++;
          break;
        } else {
          throw new Outside(lineNo, "not a one-line array of strings");
        }
      }
    }
    if (i != line.length()) {
      throw new Outside(lineNo, "text after the array");
    }
    return out;
  }

  /** Reads the basic string starting at {@code at} (a quote) into {@code out}; returns its end. */
  private static int string(String line, int at, StringBuilder out, int lineNo) throws Outside {
    if (at >= line.length() || line.charAt(at) != '"') {
      throw new Outside(lineNo, "not a string");
    }
    for (int i = at + 1; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        return i + 1;
      }
      if (c == '\\') {
        i = escape(line, i, out, lineNo);
      } else if (c < 0x20 || c == 0x7f) {
        throw new Outside(lineNo, "raw control character in a string");
      } else if (Character.isHighSurrogate(c)
          && i + 1 < line.length()
          && Character.isLowSurrogate(line.charAt(i + 1))) {
        out.append(c).append(line.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        throw new Outside(lineNo, "lone surrogate in a string");
      } else {
        out.append(c);
      }
    }
    throw new Outside(lineNo, "unterminated string");
  }

  /** The escape at {@code i} (a backslash) appended to {@code out}; returns its last index. */
  private static int escape(String line, int i, StringBuilder out, int lineNo) throws Outside {
    if (i + 1 >= line.length()) {
      throw new Outside(lineNo, "unterminated escape");
    }
    char e = line.charAt(i + 1);
    switch (e) {
      case '"' -> out.append('"');
      case '\\' -> out.append('\\');
      case 'b' -> out.append('\b');
      case 't' -> out.append('\t');
      case 'n' -> out.append('\n');
      case 'f' -> out.append('\f');
      case 'r' -> out.append('\r');
      case 'u' -> {
        if (i + 6 > line.length()) {
          throw new Outside(lineNo, "short \\u escape");
        }
        int code = 0;
        for (int k = i + 2; k < i + 6; k++) {
          char h = line.charAt(k);
          // ASCII only: Character.digit would also take, e.g., fullwidth digits.
          int d = h < 0x80 ? Character.digit(h, 16) : -1;
          if (d < 0) {
            throw new Outside(lineNo, "bad \\u escape");
          }
          code = code * 16 + d;
        }
        if (Character.isSurrogate((char) code)) {
          throw new Outside(lineNo, "\\u escape of a surrogate");
        }
        out.append((char) code);
        return i + 5;
      }
      default -> throw new Outside(lineNo, "escape \\" + e + " is not one this tool writes");
    }
    return i + 1;
  }
}
