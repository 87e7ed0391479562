package dev.edenskills.config;

import java.util.Optional;
import java.util.regex.Pattern;

/** Rules for single values of skills.toml that the CLI checks too: skill ids, refs and paths. */
public final class ValueRules {
  private static final Pattern SKILL_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  private ValueRules() {}

  /** Why {@code id} is not a valid skill id ({@code [a-z0-9][a-z0-9._-]{0,63}}, no {@code ..}). */
  public static Optional<String> skillIdProblem(String id) {
    if (!SKILL_ID.matcher(id).matches()) {
      return Optional.of(
          "'"
              + printable(id)
              + "' is not a valid skill id: 1-64 of a-z 0-9 . _ -, starting with a letter or"
              + " digit");
    }
    if (id.contains("..")) {
      return Optional.of("'" + id + "' is not a valid skill id: it contains '..'");
    }
    return Optional.empty();
  }

  /**
   * Why {@code ref} cannot name a branch, tag or commit: git's own ref-name rules, so a typo fails
   * here and not halfway through a sync.
   */
  public static Optional<String> refProblem(String ref) {
    if (ref.isEmpty()) {
      return Optional.of(
          "ref is empty; use a branch, tag or commit SHA (leave ref out for the default branch)");
    }
    Optional<String> chars = controlProblem("ref", ref);
    if (chars.isPresent()) {
      return chars;
    }
    if (ref.startsWith("-")
        || ref.startsWith("/")
        || ref.endsWith("/")
        || ref.endsWith(".")
        || ref.endsWith(".lock")
        || ref.contains("..")
        || ref.contains("//")
        || ref.contains("@{")
        || ref.matches(".*[\\s~^:?*\\[\\\\].*")) {
      return Optional.of("'" + ref + "' is not a valid git branch, tag or commit name");
    }
    return Optional.empty();
  }

  /**
   * Why {@code path} (a filesystem path in the config) is refused: empty, a control character, or
   * {@code ~name}, which the tool does not expand.
   */
  public static Optional<String> pathProblem(String what, String path) {
    if (path.isEmpty()) {
      return Optional.of(what + " is empty");
    }
    Optional<String> chars = controlProblem(what, path);
    if (chars.isPresent()) {
      return chars;
    }
    if (path.startsWith("~") && !path.equals("~") && !path.startsWith("~/")) {
      return Optional.of(
          what + " '" + path + "': only '~' and '~/...' are expanded, not '~name/...'");
    }
    return lengthProblem(what, path);
  }

  /** Linux's PATH_MAX and NAME_MAX, in bytes: longer paths fail at the OS, so say so up front. */
  private static final int MAX_PATH_BYTES = 4096;

  private static final int MAX_SEGMENT_BYTES = 255;

  private static Optional<String> lengthProblem(String what, String path) {
    if (utf8Length(path) > MAX_PATH_BYTES) {
      return Optional.of(what + " is longer than " + MAX_PATH_BYTES + " bytes");
    }
    for (String segment : path.split("[/\\\\]")) {
      if (utf8Length(segment) > MAX_SEGMENT_BYTES) {
        return Optional.of(
            what
                + " has a segment longer than "
                + MAX_SEGMENT_BYTES
                + " bytes, which no file system takes");
      }
    }
    return Optional.empty();
  }

  private static int utf8Length(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  /** NUL and other control characters never belong in names or paths. */
  public static Optional<String> controlProblem(String what, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return Optional.of(what + " contains a control character (code " + (int) c + ")");
      }
    }
    return Optional.empty();
  }

  private static String printable(String s) {
    return s.replaceAll("\\p{Cntrl}", "?");
  }
}
