package dev.edenskills.apply;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.edenskills.plan.PlanEntry;
import dev.edenskills.resolve.ResolvedSkill;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one {@code apply} run did, in config order; {@link ApplyReport} turns it into counts,
 * text, JSON and the exit code.
 *
 * @param installs Phase B per skill, absent for skills whose sync failed or that were not reached
 * @param removals orphans uninstalled (in the lock, gone from the config)
 */
public record ApplyResult(
    List<ResolvedSkill> skills,
    Map<String, SyncOutcome> sync,
    List<RepoReport> repos,
    Map<String, SkillInstall> installs,
    List<PlanEntry> removals,
    List<FailureLine> removalFailures,
    boolean interrupted,
    Duration phaseA,
    Duration total) {

  public ApplyResult {
    skills = List.copyOf(skills);
    sync = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sync));
    repos = List.copyOf(repos);
    installs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(installs));
    removals = List.copyOf(removals);
    removalFailures = List.copyOf(removalFailures);
  }

  public Optional<SkillInstall> install(String skillId) {
    return Optional.ofNullable(installs.get(skillId));
  }

  /**
   * One diagnostic line: {@code skill=<id> stage=<stage> repo=<url> detail=<summary>}; {@code
   * internal} when it is a bug in the tool (the renderer asks for a report).
   */
  public record FailureLine(
      String skillId,
      String stage,
      String repo,
      String detail,
      @JsonIgnore Optional<Throwable> cause,
      @JsonIgnore boolean internal) {
    /** A failure with no exception behind it (a verify check, a conflict). */
    public FailureLine(String skillId, String stage, String repo, String detail) {
      this(skillId, stage, repo, detail, Optional.empty(), false);
    }

    /** A failure caused by {@code cause}, a problem of the environment, not a bug. */
    public FailureLine(
        String skillId, String stage, String repo, String detail, Optional<Throwable> cause) {
      this(skillId, stage, repo, detail, cause, false);
    }

    public String render() {
      return "skill=" + skillId + " stage=" + stage + " repo=" + repo + " detail=" + detail;
    }
  }
}
