package dev.edenskills.fuzz;

import java.util.List;
import java.util.Random;

/** Hostile strings and seeded mutations shared by the fuzz tests (no jqwik: plain loops). */
final class Hostile {
  private Hostile() {}

  /** Values that have hurt other tools: traversal, absolute paths, NUL, control chars, bulk. */
  static final List<String> STRINGS =
      List.of(
          "..",
          "../..",
          "../../../../etc",
          "/etc/passwd",
          "/",
          "~",
          "~root/.ssh",
          "a/../../b",
          "skills/../../..",
          "./.",
          ".git",
          ".git/hooks",
          "a\u0000b",
          "\u0000",
          "line\nbreak",
          "tab\there",
          "bell\u0007",
          "esc\u001b[31mred",
          "del\u007f",
          "\u202eevil",
          "ext::sh -c touch% /tmp/pwned",
          "--upload-pack=touch /tmp/pwned",
          "-oProxyCommand=touch /tmp/pwned",
          "ssh://-oProxyCommand=touch/x",
          "a\"b",
          "a'b",
          "a;rm -rf ~",
          "$(touch /tmp/pwned)",
          "`touch /tmp/pwned`",
          "file:///etc",
          "C:\\Windows\\System32",
          "\\\\server\\share",
          "x".repeat(10_000),
          "a/".repeat(3_000),
          "日本語",
          "",
          " ",
          "UPPER",
          "-leading-dash",
          "ends-");

  /** Long texts cut in the middle so a failure message stays readable. */
  static String abbreviate(String s) {
    String flat = s.replaceAll("([^/\\n]{1,8}/)\\1{20,}", "$1...(repeated)...");
    flat = flat.replaceAll("(.)\\1{200,}", "$1$1$1...(repeated)...");
    return flat.length() <= 4_000
        ? flat
        : flat.substring(0, 2_000) + "\n...\n" + flat.substring(flat.length() - 2_000);
  }

  /** A string from {@link #STRINGS}, or a random mix of printable and nasty characters. */
  static String string(Random r) {
    if (r.nextInt(4) > 0) {
      return STRINGS.get(r.nextInt(STRINGS.size()));
    }
    int len = r.nextInt(5) == 0 ? 1 + r.nextInt(2_000) : r.nextInt(24);
    StringBuilder b = new StringBuilder();
    String alphabet = "abcxyz019-._/\\~:@\"' ;$`\u0000\n\t\u0001\u007f\u00e9\u2028";
    for (int i = 0; i < len; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  /** A TOML basic string holding {@code s}, every control character escaped. */
  static String toml(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** A TOML value of a random type (sometimes the right one). */
  static String value(Random r) {
    return switch (r.nextInt(10)) {
      case 0 -> Integer.toString(r.nextInt(300) - 100);
      case 1 -> r.nextBoolean() ? "true" : "false";
      case 2 -> "[" + toml(string(r)) + ", 1]";
      case 3 -> "{ a = " + toml(string(r)) + " }";
      case 4 -> "1979-05-27T07:32:00Z";
      case 5 -> "3.14";
      case 6 -> "'" + string(r).replace("'", "").replace("\n", "") + "'"; // literal string
      default -> toml(string(r));
    };
  }

  /** Applies one to four random text mutations to {@code text}. */
  static String mutateText(String text, Random r) {
    String s = text;
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      String[] lines = s.split("\n", -1);
      int at = r.nextInt(lines.length);
      switch (r.nextInt(8)) {
        case 0 -> lines[at] = ""; // delete a line
        case 1 -> lines[at] = lines[at] + "\n" + lines[r.nextInt(lines.length)]; // duplicate
        case 2 -> { // swap two lines
          int b = r.nextInt(lines.length);
          String t = lines[at];
          lines[at] = lines[b];
          lines[b] = t;
        }
        case 3 -> { // replace a value
          int eq = lines[at].indexOf('=');
          if (eq > 0) {
            lines[at] = lines[at].substring(0, eq + 1) + " " + value(r);
          }
        }
        case 4 -> lines[at] = randomKey(r) + " = " + value(r); // unknown or misplaced key
        case 5 -> { // flip a character
          if (!lines[at].isEmpty()) {
            char[] cs = lines[at].toCharArray();
            cs[r.nextInt(cs.length)] = (char) (r.nextInt(128));
            lines[at] = new String(cs);
          }
        }
        case 6 -> lines[at] = lines[at].substring(0, r.nextInt(lines[at].length() + 1)); // cut
        default -> lines[at] = "[[skills]]"; // a table header in the wrong place
      }
      s = String.join("\n", lines);
    }
    if (r.nextInt(20) == 0) {
      s = s.substring(0, r.nextInt(s.length() + 1)); // truncated file
    }
    return s;
  }

  private static String randomKey(Random r) {
    String[] keys = {
      "id",
      "repo",
      "ref",
      "subpath",
      "mode",
      "agent",
      "path",
      "scope",
      "version",
      "root",
      "concurrency",
      "timeout_secs",
      "retries",
      "checks",
      "enabled",
      "no_exec_metadata_only",
      "bogus",
      "\"quoted key\"",
      "a.b.c"
    };
    return keys[r.nextInt(keys.length)];
  }
}
