package dev.edenskills.discovery;

import java.util.Optional;

/**
 * The naming rule of CONTRACT §1: 1 to 64 characters from {@code a-z0-9-}, no leading, trailing or
 * doubled {@code -}. A name that passes is a single safe path segment (no {@code /}, no {@code
 * ..}).
 */
public final class SkillName {
  /** Longest allowed name, in characters. */
  public static final int MAX_LENGTH = 64;

  private SkillName() {}

  public static boolean isValid(String name) {
    return problem(name).isEmpty();
  }

  /** Why {@code name} breaks the rule, naming it escaped; empty when it is valid. */
  public static Optional<String> problem(String name) {
    String shown = SafeText.quote(name, 80);
    if (name.isEmpty()) {
      return Optional.of("name is empty");
    }
    int length = name.codePointCount(0, name.length());
    if (length > MAX_LENGTH) {
      return Optional.of(
          "name " + shown + " is " + length + " characters long; at most " + MAX_LENGTH);
    }
    Optional<String> bad =
        name.codePoints()
            .filter(cp -> !(cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp == '-'))
            .mapToObj(cp -> SafeText.quote(Character.toString(cp), 1))
            .findFirst();
    if (bad.isPresent()) {
      return Optional.of(
          "name "
              + shown
              + " contains "
              + bad.get()
              + "; use only lowercase letters a-z, digits and '-'");
    }
    if (name.startsWith("-") || name.endsWith("-")) {
      return Optional.of("name " + shown + " must not start or end with '-'");
    }
    if (name.contains("--")) {
      return Optional.of("name " + shown + " must not contain '--'");
    }
    return Optional.empty();
  }
}
