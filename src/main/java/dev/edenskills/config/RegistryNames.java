package dev.edenskills.config;

import dev.edenskills.common.SkillId;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a registry name and a skill name may look like. Both become path segments ({@code
 * <store>/registries/<name>/}, {@code index/<c>/<name>.toml}), so they are plain lowercase words.
 */
public final class RegistryNames {
  private static final Pattern REGISTRY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  private RegistryNames() {}

  /** Why {@code name} cannot name a skill in a registry, or empty. */
  public static Optional<String> skillProblem(String name) {
    if (!SkillId.isValid(name)) {
      return Optional.of(
          "'"
              + name.replaceAll("\\p{Cntrl}", "?")
              + "' is not a registry skill name: 1-64 of a-z 0-9 . _ -, starting with a letter or"
              + " digit");
    }
    return Optional.empty();
  }

  /** Why {@code name} cannot name a registry, or empty. */
  public static Optional<String> registryProblem(String name) {
    if (!REGISTRY.matcher(name).matches()) {
      return Optional.of(
          "'"
              + name.replaceAll("\\p{Cntrl}", "?")
              + "' is not a registry name: 1-64 of a-z 0-9 _ -, starting with a letter or digit");
    }
    return Optional.empty();
  }
}
