package dev.edenskills.install;

import dev.edenskills.config.Config;
import dev.edenskills.config.InstallMode;
import dev.edenskills.config.SkillSpec;
import dev.edenskills.config.SourceSpec;
import dev.edenskills.config.TargetSpec;
import dev.edenskills.discovery.DiscoveredSkill;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The skills.toml entries {@code install} writes, one per chosen skill, with the front-matter
 * {@code name} as id (validated by discovery before it gets here). An id already in the config is
 * updated in place (CONTRACT §7): its source always follows the new install; its targets and mode
 * are kept unless {@code --target} or {@code --copy} say otherwise, so re-installing to update a
 * skill does not move it; its verify and safety settings are kept while the mode stays.
 */
public final class InstallEntries {
  private InstallEntries() {}

  /** What happens to one id: {@code add} or {@code update}. */
  public record Entry(String id, String action, SkillSpec spec) {}

  /** The config with every entry upserted, and the entries in the order chosen. */
  public record Result(Config config, List<Entry> entries) {
    public Result {
      entries = List.copyOf(entries);
    }

    public List<String> ids() {
      return entries.stream().map(Entry::id).toList();
    }
  }

  /**
   * @param chosen skills whose subpath is relative to the repository root ({@link SourceScan})
   * @param id {@code --id}: the id for the one chosen skill, instead of its name
   * @param copy {@code --copy} given
   * @param targets what to install to; {@code explicitTargets} says whether the user named them
   */
  public static Result upsert(
      Config config,
      InstallSource source,
      List<DiscoveredSkill> chosen,
      Optional<String> id,
      boolean copy,
      List<TargetSpec> targets,
      boolean explicitTargets) {
    Config next = config;
    List<Entry> entries = new ArrayList<>();
    for (DiscoveredSkill skill : chosen) {
      String skillId = id.orElse(skill.name());
      SourceSpec src = new SourceSpec(source.repo(), source.ref(), skill.subpath());
      Optional<SkillSpec> old = config.skill(skillId);
      SkillSpec spec =
          old.map(o -> updated(o, src, copy, targets, explicitTargets))
              .orElseGet(
                  () ->
                      SkillSpec.of(
                          skillId, src, copy ? InstallMode.COPY : InstallMode.SYMLINK, targets));
      next = next.withSkill(spec);
      entries.add(new Entry(skillId, old.isPresent() ? "update" : "add", spec));
    }
    return new Result(next, entries);
  }

  private static SkillSpec updated(
      SkillSpec old,
      SourceSpec source,
      boolean copy,
      List<TargetSpec> targets,
      boolean explicitTargets) {
    InstallMode mode = copy ? InstallMode.COPY : old.mode();
    List<TargetSpec> to = explicitTargets || old.targets().isEmpty() ? targets : old.targets();
    if (mode != old.mode()) {
      return SkillSpec.of(old.id(), source, mode, to);
    }
    return new SkillSpec(old.id(), source, mode, to, old.verify(), old.noExecMetadataOnly());
  }
}
