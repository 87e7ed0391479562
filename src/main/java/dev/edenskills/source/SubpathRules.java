package dev.edenskills.source;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The directory inside a repository that holds a skill: relative, {@code /}-separated, and never
 * leaving the repository once {@code .} and {@code ..} are applied.
 */
public final class SubpathRules {
  private SubpathRules() {}

  /** Why {@code subpath} is refused, or empty when it is acceptable. */
  public static Optional<String> problem(String subpath) {
    if (subpath.isEmpty()) {
      return Optional.of("subpath is empty; use \".\" for the repository root");
    }
    for (int i = 0; i < subpath.length(); i++) {
      char c = subpath.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return Optional.of("subpath contains a control character (code " + (int) c + ")");
      }
    }
    if (subpath.contains("\\")) {
      return Optional.of("'" + subpath + "' contains '\\'; separate directories with '/'");
    }
    if (subpath.startsWith("/") || subpath.startsWith("~") || subpath.matches("^[A-Za-z]:.*")) {
      return Optional.of("'" + subpath + "' is absolute; give a path inside the repository");
    }
    if (normalizeOrNull(subpath) == null) {
      return Optional.of("'" + subpath + "' leaves the repository after '..' is applied");
    }
    return Optional.empty();
  }

  /**
   * {@code ./skills//pdf/} → {@code skills/pdf}; the root is {@code .}.
   *
   * @throws IllegalArgumentException when {@link #problem} reports one
   */
  public static String normalize(String subpath) {
    problem(subpath)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(p);
            });
    return normalizeOrNull(subpath);
  }

  private static String normalizeOrNull(String subpath) {
    Deque<String> parts = new ArrayDeque<>();
    for (String part : subpath.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return parts.isEmpty() ? "." : String.join("/", parts);
  }
}
