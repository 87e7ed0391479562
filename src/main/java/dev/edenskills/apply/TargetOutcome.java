package dev.edenskills.apply;

import dev.edenskills.config.TargetEnvironment;
import dev.edenskills.plan.PlanEntry;
import dev.edenskills.verify.VerifyResult;
import java.util.Optional;

/**
 * What Phase B did at one target: the planned entry, whether carrying it out failed, and the
 * verification that followed (absent when nothing was installed there or checks are off).
 */
public record TargetOutcome(
    String agent,
    TargetEnvironment environment,
    PlanEntry entry,
    Optional<StepError> error,
    Optional<VerifyResult> verify) {

  /** True when the tool owns a correct install at this target after the run. */
  public boolean installed() {
    return error.isEmpty()
        && entry.action() != dev.edenskills.plan.Action.CONFLICT
        && entry.action() != dev.edenskills.plan.Action.REMOVE
        && verify.map(VerifyResult::passed).orElse(true);
  }
}
