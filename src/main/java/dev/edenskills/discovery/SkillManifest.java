package dev.edenskills.discovery;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The validated front matter of a {@code SKILL.md} (CONTRACT §1). Only {@link FrontMatter} builds
 * one from a file, so a {@code name} here has passed the naming rule and is safe to use as a path
 * segment.
 *
 * @param metadata keys in the order written
 * @param allowedTools tool patterns in the order written (a string value is split on commas and
 *     whitespace outside parentheses, so {@code "Bash(git add:*) Read"} gives two entries)
 */
public record SkillManifest(
    String name,
    String description,
    Optional<String> license,
    Optional<String> compatibility,
    Map<String, String> metadata,
    List<String> allowedTools) {

  public SkillManifest {
    Objects.requireNonNull(name);
    Objects.requireNonNull(description);
    Objects.requireNonNull(license);
    Objects.requireNonNull(compatibility);
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    allowedTools = List.copyOf(allowedTools);
  }
}
