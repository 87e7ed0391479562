package dev.edenskills.reactor;

import java.util.List;

/** Phase B was interrupted between steps; carries every item's result in input order. */
public final class PhaseBInterrupted extends InterruptedException {
  private static final long serialVersionUID = 1L;

  private final transient List<StepResult<?, ?>> results;

  PhaseBInterrupted(List<? extends StepResult<?, ?>> results) {
    super("phase B interrupted");
    this.results = List.copyOf(results);
  }

  /** One result per item; items never reached are {@link StepResult.NotRun}. */
  public List<StepResult<?, ?>> results() {
    return results;
  }
}
