package dev.edenskills.reactor;

import java.util.List;

/**
 * Phase A was interrupted (Ctrl-C). Thrown only after every task has stopped; carries all results
 * in input order so the caller can report what finished before exiting 130.
 */
public final class PhaseAInterrupted extends InterruptedException {
  private static final long serialVersionUID = 1L;

  private final transient List<TaskResult<?>> results;

  PhaseAInterrupted(List<? extends TaskResult<?>> results) {
    super("phase A interrupted");
    this.results = List.copyOf(results);
  }

  /**
   * One result per task, in input order; tasks that never started are failures with detail {@link
   * SkillReactor#NOT_RUN}, tasks stopped mid-way have detail "interrupted".
   */
  public List<TaskResult<?>> results() {
    return results;
  }
}
