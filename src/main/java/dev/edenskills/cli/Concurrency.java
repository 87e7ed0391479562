package dev.edenskills.cli;

import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import dev.edenskills.config.ReactorConfig;
import java.util.OptionalInt;

/** {@code --concurrency N}: checked against the same 1..100 range as the config (CONTRACT §3). */
final class Concurrency {
  private Concurrency() {}

  static OptionalInt parse(Integer value) {
    if (value == null) {
      return OptionalInt.empty();
    }
    if (value < ReactorConfig.MIN_CONCURRENCY || value > ReactorConfig.MAX_CONCURRENCY) {
      throw Problem.usage(
          ErrorCode.INVALID_CONCURRENCY,
          "--concurrency " + value + " is outside 1..100",
          "pass a value from 1 (serial) to 100");
    }
    return OptionalInt.of(value);
  }
}
