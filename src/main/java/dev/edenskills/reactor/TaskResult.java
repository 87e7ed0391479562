package dev.edenskills.reactor;

import java.time.Duration;

/** How one Phase A task ended: with a value, or failed at a stage. Never an exception. */
public sealed interface TaskResult<T> {
  String name();

  Duration elapsed();

  /** The task returned {@code value}. */
  record Done<T>(String name, T value, Duration elapsed) implements TaskResult<T> {}

  /**
   * The task threw (a {@link StageFailure}, any other exception, or an Error) or was cancelled.
   *
   * @param detail one line for the user
   * @param cause what was thrown, for {@code --verbose}; may be null
   */
  record Failed<T>(String name, Stage stage, String detail, Throwable cause, Duration elapsed)
      implements TaskResult<T> {}
}
