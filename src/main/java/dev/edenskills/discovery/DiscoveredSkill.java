package dev.edenskills.discovery;

/**
 * A valid skill found in a source.
 *
 * @param subpath the skill's directory relative to the source root, {@code /}-separated, {@code
 *     "."} for the root itself; usable as a config {@code subpath}
 */
public record DiscoveredSkill(SkillManifest manifest, String subpath) {
  public String name() {
    return manifest.name();
  }

  public String description() {
    return manifest.description();
  }
}
