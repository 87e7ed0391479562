package dev.edenskills.apply;

import java.util.List;
import java.util.Optional;

/**
 * Phase B's result for one skill: what happened at each target, the content hash of what was
 * installed (recorded in the lock), and an error when the step itself failed before reaching its
 * targets.
 */
public record SkillInstall(
    String skillId,
    List<TargetOutcome> targets,
    Optional<String> contentHash,
    boolean noExec,
    Optional<StepError> error) {
  public SkillInstall {
    targets = List.copyOf(targets);
  }

  public static SkillInstall of(String skillId, List<TargetOutcome> targets, String contentHash) {
    return new SkillInstall(skillId, targets, Optional.of(contentHash), false, Optional.empty());
  }

  /** A metadata-only skill: synced and scanned, no target touched. */
  public static SkillInstall metadataOnly(String skillId) {
    return new SkillInstall(skillId, List.of(), Optional.empty(), true, Optional.empty());
  }

  public static SkillInstall failed(String skillId, StepError error) {
    return new SkillInstall(skillId, List.of(), Optional.empty(), false, Optional.of(error));
  }

  /** True when every target holds a verified install (or the skill is metadata-only). */
  public boolean succeeded() {
    return error.isEmpty() && targets.stream().allMatch(TargetOutcome::installed);
  }
}
