package dev.edenskills.reactor;

/** How one Phase B item ended. Never an exception. */
public sealed interface StepResult<P, R> {
  P item();

  /** The step returned {@code value}. */
  record Done<P, R>(P item, R value) implements StepResult<P, R> {}

  /**
   * The step threw.
   *
   * @param detail one line for the user
   * @param cause what was thrown, for {@code --verbose}
   */
  record Failed<P, R>(P item, String detail, Throwable cause) implements StepResult<P, R> {}

  /** Phase B was interrupted before this item was reached. */
  record NotRun<P, R>(P item) implements StepResult<P, R> {}
}
