package dev.edenskills.config;

import java.util.Optional;

/**
 * {@code [skills.source]}: a repository (or local directory), the ref to install and the directory
 * inside it that holds {@code SKILL.md}. A source written as a registry name carries {@code
 * registry} and no repo until {@code dev.edenskills.registry} resolves it to a commit.
 */
public record SourceSpec(
    String repo, String ref, String subpath, Optional<RegistrySource> registry) {
  /**
   * No {@code ref} in the config: the remote's default branch, whatever HEAD points to when it is
   * fetched (CONTRACT §3). Git's own name for it, so the fetch layer asks for exactly that.
   */
  public static final String DEFAULT_REF = "HEAD";

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

  /** True when this source follows the remote's default branch. */
  public boolean defaultBranch() {
    return isDefault(ref);
  }

  /** True when {@code ref} means "the remote's default branch". */
  public static boolean isDefault(String ref) {
    return DEFAULT_REF.equals(ref);
  }

  /** {@code ref} as users read it: the ref, or "default branch" (with its name when known). */
  public static String describe(String ref, String branch) {
    if (!isDefault(ref)) {
      return ref;
    }
    return branch == null || branch.isEmpty() ? "default branch" : "default branch " + branch;
  }
}
