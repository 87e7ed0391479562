package dev.edenskills.discovery;

import java.util.List;

/**
 * What {@link SkillDiscovery} found: the valid skills sorted by subpath, and every warning (invalid
 * or skipped skills) in the order met.
 */
public record DiscoveryResult(List<DiscoveredSkill> skills, List<SkillWarning> warnings) {
  public DiscoveryResult {
    skills = List.copyOf(skills);
    warnings = List.copyOf(warnings);
  }
}
