package dev.edenskills.discovery;

import java.util.List;

/**
 * What {@link SkillDiscovery} found: the skills sorted by subpath, and every warning about what was
 * skipped (invalid skills, duplicates, links not followed) in the order met.
 */
public record DiscoveryResult(List<DiscoveredSkill> skills, List<SkillWarning> warnings) {
  public DiscoveryResult {
    skills = List.copyOf(skills);
    warnings = List.copyOf(warnings);
  }
}
