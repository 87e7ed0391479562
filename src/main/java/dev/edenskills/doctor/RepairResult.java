package dev.edenskills.doctor;

import dev.edenskills.apply.ApplyReport;
import dev.edenskills.apply.ApplyResult;
import dev.edenskills.common.ExitCode;
import java.util.List;
import java.util.Optional;

/**
 * What {@code repair} did: the findings it started from, its own steps (temps removed, snapshots
 * restored, re-pointed links cleared), the apply it ran for the affected skills, and the findings
 * left afterwards.
 *
 * @param steps repair's own steps, in order, those that failed included
 */
public record RepairResult(
    DoctorReport before,
    List<RepairStep> steps,
    Optional<ApplyResult> apply,
    DoctorReport after,
    boolean interrupted) {
  public RepairResult {
    steps = List.copyOf(steps);
  }

  /** The steps that succeeded, in order. */
  public List<RepairStep> actions() {
    return steps.stream().filter(RepairStep::ok).toList();
  }

  /** The steps that failed, in order. */
  public List<RepairStep> failures() {
    return steps.stream().filter(s -> !s.ok()).toList();
  }

  /**
   * CONTRACT §5 precedence for repair, as for apply; a step of repair's own that failed counts as a
   * runtime failure, and with {@code --strict} any error left afterwards exits 3.
   */
  public ExitCode exitCode(boolean strict) {
    if (interrupted || apply.map(ApplyResult::interrupted).orElse(false)) {
      return ExitCode.INTERRUPTED;
    }
    ExitCode code = apply.map(a -> ApplyReport.of(a).exitCode(strict, false)).orElse(ExitCode.OK);
    if (!failures().isEmpty()) {
      code = code.worst(ExitCode.FAILURE);
    }
    if (strict && after.hasErrors()) {
      code = code.worst(ExitCode.STRICT);
    }
    return code;
  }
}
