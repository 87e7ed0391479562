package dev.edenskills.reactor;

import java.time.Duration;

/** Turns whatever a task threw into the one-line diagnostics the user sees. */
final class Failures {
  private static final int MAX_DETAIL = 300;

  private Failures() {}

  static <T> TaskResult.Failed<T> of(
      String name, Stage current, Throwable thrown, Duration elapsed) {
    if (thrown instanceof StageFailure sf) {
      return new TaskResult.Failed<>(name, sf.stage(), oneLine(sf), sf, elapsed);
    }
    return new TaskResult.Failed<>(name, current, oneLine(thrown), thrown, elapsed);
  }

  /** The first line of the message, or the class name when there is none (StackOverflowError). */
  static String oneLine(Throwable thrown) {
    String message = thrown.getMessage();
    if (message == null || message.isBlank()) {
      return thrown.getClass().getSimpleName();
    }
    String line = message.strip().lines().findFirst().orElse("").strip();
    return line.length() > MAX_DETAIL ? line.substring(0, MAX_DETAIL) + "..." : line;
  }

  /** "120s", or "0.25s" for the short timeouts tests use. */
  static String seconds(Duration d) {
    if (d.toMillis() % 1000 == 0) {
      return d.toSeconds() + "s";
    }
    return java.math.BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString() + "s";
  }
}
