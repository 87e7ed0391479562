package dev.edenskills.config;

import java.util.Optional;

/**
 * {@code [skills.source]}: a repository (or local directory), the ref to install and the directory
 * inside it that holds {@code SKILL.md}. A source written as a registry name carries {@code
 * registry} and no repo until {@code dev.edenskills.registry} resolves it to a commit.
 */
public record SourceSpec(
    String repo, String ref, String subpath, Optional<RegistrySource> registry) {
  public static final String DEFAULT_REF = "main";
  public static final String DEFAULT_SUBPATH = ".";

  /** A repository source. */
  public SourceSpec(String repo, String ref, String subpath) {
    this(repo, ref, subpath, Optional.empty());
  }

  /** A source written as {@code name} (+ {@code version}, {@code registry}), not yet resolved. */
  public static SourceSpec named(RegistrySource source) {
    return new SourceSpec("", DEFAULT_REF, DEFAULT_SUBPATH, Optional.of(source));
  }

  /** True for a registry name that has not been resolved to a repository yet. */
  public boolean unresolvedName() {
    return registry.isPresent() && repo.isEmpty();
  }
}
