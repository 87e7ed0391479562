package dev.edenskills.config;

/**
 * One entry of {@code [registries]} (CONTRACT §11): a git repository holding an index of skills,
 * consulted in descending {@code priority} when a skill is named instead of given a repo.
 */
public record RegistryConfig(String name, String url, long priority) {
  public static final long DEFAULT_PRIORITY = 0;
}
