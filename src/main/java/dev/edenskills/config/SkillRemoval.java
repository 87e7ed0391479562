package dev.edenskills.config;

import dev.edenskills.common.Problem;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Removing skills from a config: all named ids must exist, or nothing changes. The removed entries
 * are kept so a caller can also uninstall what they had installed.
 *
 * @param next the config without the removed skills
 * @param removed the removed entries, in config order
 */
public record SkillRemoval(Config next, List<SkillSpec> removed) {
  public SkillRemoval {
    removed = List.copyOf(removed);
  }

  /**
   * Plans the removal of {@code ids} from {@code config}.
   *
   * @throws Problem {@code UNKNOWN_SKILL} (exit 2) naming every id the config does not hold
   */
  public static SkillRemoval of(Config config, List<String> ids) {
    LinkedHashSet<String> wanted = new LinkedHashSet<>(ids);
    config.requireSkills(wanted, "removed");
    List<SkillSpec> removed =
        config.skills().stream().filter(s -> wanted.contains(s.id())).toList();
    return new SkillRemoval(config.withoutSkills(wanted), removed);
  }
}
