package dev.edenskills.apply;

import dev.edenskills.common.ExitCode;
import dev.edenskills.plan.Action;
import dev.edenskills.plan.PlanEntry;
import dev.edenskills.resolve.ResolvedSkill;
import dev.edenskills.verify.CheckFailure;
import dev.edenskills.verify.VerifyResult;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The summary of an {@link ApplyResult} (CONTRACT §6): counts, failure diagnostics, the JSON
 * document and the exit code, all derived in one place so text and JSON agree ({@code cli} words
 * it).
 */
public record ApplyReport(
    Sync sync,
    List<PlanEntry> actions,
    Verify verify,
    List<ApplyResult.FailureLine> failures,
    long elapsedMs) {

  /** {@code sync} in JSON: per-skill counts and per-repository results. */
  public record Sync(
      int cloned, int updated, int skipped, int failed, List<RepoReport> repos, long elapsedMs) {}

  /** {@code verify} in JSON. */
  public record Verify(int passed, int failed) {}

  public static ApplyReport of(ApplyResult result) {
    int cloned = 0;
    int updated = 0;
    int skipped = 0;
    int failedSync = 0;
    List<ApplyResult.FailureLine> failures = new ArrayList<>();
    List<PlanEntry> actions = new ArrayList<>();
    int passed = 0;
    int failedVerify = 0;
    for (ResolvedSkill skill : result.skills()) {
      SyncOutcome outcome = result.sync().get(skill.id());
      String repo = skill.spec().source().repo();
      switch (outcome) {
        case SyncOutcome.Cloned c -> cloned++;
        case SyncOutcome.Updated u -> updated++;
        case SyncOutcome.Skipped s -> skipped++;
        case SyncOutcome.Failed f -> {
          failedSync++;
          failures.add(
              new ApplyResult.FailureLine(
                  skill.id(), f.stage().id(), repo, f.detail(), f.cause(), f.internal()));
        }
      }
      result
          .install(skill.id())
          .flatMap(SkillInstall::error)
          .ifPresent(e -> failures.add(installFailure(skill.id(), repo, e)));
      for (TargetOutcome t :
          result.install(skill.id()).map(SkillInstall::targets).orElse(List.of())) {
        actions.add(t.entry());
        t.error().ifPresent(e -> failures.add(installFailure(skill.id(), repo, e)));
        if (t.verify().isPresent()) {
          VerifyResult v = t.verify().get();
          if (v.passed()) {
            passed++;
          } else {
            failedVerify++;
            failures.add(
                new ApplyResult.FailureLine(
                    skill.id(),
                    "verify",
                    repo,
                    v.failures().stream()
                        .map(CheckFailure::message)
                        .collect(Collectors.joining("; "))));
          }
        }
      }
    }
    actions.addAll(result.removals());
    failures.addAll(result.removalFailures());
    return new ApplyReport(
        new Sync(cloned, updated, skipped, failedSync, result.repos(), result.phaseA().toMillis()),
        actions,
        new Verify(passed, failedVerify),
        failures,
        result.total().toMillis());
  }

  public long count(Action action) {
    return actions.stream().filter(a -> a.action() == action).count();
  }

  /** CONTRACT §5 precedence: sync failure → 1; strict conflicts → 3; install/verify failure → 1. */
  public ExitCode exitCode(boolean strict, boolean interrupted) {
    // Metadata-only skills never touch targets, so every conflict here counts.
    long countedConflicts = count(Action.CONFLICT);
    if (interrupted) {
      return ExitCode.INTERRUPTED;
    }
    if (sync.failed() > 0) {
      return ExitCode.FAILURE;
    }
    if (strict && countedConflicts > 0) {
      return ExitCode.STRICT;
    }
    return failures.isEmpty() ? ExitCode.OK : ExitCode.FAILURE;
  }

  private static ApplyResult.FailureLine installFailure(String id, String repo, StepError e) {
    return new ApplyResult.FailureLine(id, "install", repo, e.detail(), e.cause(), e.internal());
  }
}
