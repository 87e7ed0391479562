package dev.edenskills.discovery;

import java.util.Locale;
import java.util.Optional;

/**
 * The install-side naming rule of CONTRACT §1: a lenient install turns a {@code name} outside the
 * spec into a safe id (lowercase; every run of other characters becomes one {@code -}; trimmed),
 * falling back on the folder name. The result always passes {@link SkillName}, so it is a single
 * safe path segment.
 */
public final class SafeId {
  private SafeId() {}

  /** The safe form of {@code raw}; empty when nothing of it survives (only symbols, say). */
  public static Optional<String> derive(String raw) {
    String id =
        raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (id.length() > SkillName.MAX_LENGTH) {
      id = id.substring(0, SkillName.MAX_LENGTH).replaceAll("-+$", "");
    }
    return id.isEmpty() ? Optional.empty() : Optional.of(id);
  }

  /**
   * True for a name that is written like a path or holds control characters: such a name is not
   * made safe but set aside for the folder name, so {@code ../../x} never becomes {@code x}.
   */
  public static boolean looksLikeAPath(String raw) {
    String s = raw.strip();
    return s.contains("/")
        || s.contains("\\")
        || s.matches("\\.+")
        || s.codePoints().anyMatch(Character::isISOControl);
  }
}
