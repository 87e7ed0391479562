package dev.edenskills.config;

/**
 * {@code [skills.source]}: a repository (or local directory), the ref to install and the directory
 * inside it that holds {@code SKILL.md}.
 */
public record SourceSpec(String repo, String ref, String subpath) {
  public static final String DEFAULT_REF = "main";
  public static final String DEFAULT_SUBPATH = ".";
}
