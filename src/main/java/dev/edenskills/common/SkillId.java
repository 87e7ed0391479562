package dev.edenskills.common;

import java.util.regex.Pattern;

/**
 * The skill-id rule (CONTRACT §3), written once: 1-64 of {@code a-z 0-9 . _ -}, starting with a
 * letter or digit, never {@code ..}. Config validation, the lock parser, the store layout and the
 * target adapter all check it, since an id becomes a path segment.
 */
public final class SkillId {
  private static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  private SkillId() {}

  /** True when {@code id} is a valid skill id. */
  public static boolean isValid(String id) {
    return PATTERN.matcher(id).matches() && !id.contains("..");
  }

  /** True when {@code id} has only the allowed characters and length (it may contain "..") */
  public static boolean hasValidCharacters(String id) {
    return PATTERN.matcher(id).matches();
  }
}
