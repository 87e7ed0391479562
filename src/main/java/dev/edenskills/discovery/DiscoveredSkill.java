package dev.edenskills.discovery;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A skill found in a source.
 *
 * @param subpath the skill's directory relative to the source root, {@code /}-separated, {@code
 *     "."} for the root itself; usable as a config {@code subpath}. A skill reached through an
 *     in-repository symlink has its target's subpath.
 * @param deviations what the lenient reading forgave (CONTRACT §1): names made safe, long
 *     descriptions, odd metadata; empty for a skill that meets the spec
 * @param hidden found in a hidden collection ({@code skills/.system}): installed only when named or
 *     with {@code --all}
 * @param plugin the Claude Code plugin that ships it, when found through a plugin layout
 */
public record DiscoveredSkill(
    SkillManifest manifest,
    String subpath,
    List<SkillProblem> deviations,
    boolean hidden,
    Optional<String> plugin) {
  public DiscoveredSkill {
    Objects.requireNonNull(manifest);
    Objects.requireNonNull(subpath);
    deviations = List.copyOf(deviations);
    Objects.requireNonNull(plugin);
  }

  /** A skill that meets the spec, visible, outside any plugin. */
  public DiscoveredSkill(SkillManifest manifest, String subpath) {
    this(manifest, subpath, List.of(), false, Optional.empty());
  }

  /** The same skill at another subpath (the source's subpath prefixed). */
  public DiscoveredSkill at(String newSubpath) {
    return new DiscoveredSkill(manifest, newSubpath, deviations, hidden, plugin);
  }

  /** The skill id: the front-matter name, made safe when it was outside the spec. */
  public String name() {
    return manifest.name();
  }

  public String description() {
    return manifest.description();
  }
}
