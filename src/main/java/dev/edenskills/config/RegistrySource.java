package dev.edenskills.config;

import java.util.Optional;

/**
 * A {@code [skills.source]} that names a skill instead of a repository (CONTRACT §11). In the
 * config, {@code version} is a SemVer requirement and {@code registry} optionally limits the
 * search; once resolved, {@code version} is the exact version chosen and {@code registry} the
 * registry that offered it.
 */
public record RegistrySource(String name, String version, Optional<String> registry) {
  public static final String ANY_VERSION = "*";
}
