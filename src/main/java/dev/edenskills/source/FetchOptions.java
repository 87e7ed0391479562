package dev.edenskills.source;

import java.time.Duration;
import java.util.Map;

/**
 * How to talk to remotes: a timeout per network operation in seconds (0 = none), how many extra
 * attempts a transient failure gets, and the environment (for {@code GITHUB_TOKEN}/{@code
 * GH_TOKEN}).
 */
public record FetchOptions(int timeoutSecs, int retries, Map<String, String> env) {
  public FetchOptions {
    if (timeoutSecs < 0 || retries < 0) {
      throw new IllegalArgumentException("timeout and retries must be >= 0");
    }
    env = Map.copyOf(env);
  }

  /**
   * The longest one repository's fetch can take when every attempt runs into the timeout: a timeout
   * ends a fetch attempt (see {@link RetryBudget}), so {@code timeoutSecs × (retries + 1)}, plus
   * the waits between attempts, allowing for ten requests' worth of them. Zero means none.
   */
  public Duration worstCase() {
    if (timeoutSecs == 0) {
      return Duration.ZERO;
    }
    // Plain long arithmetic: Duration.multipliedBy goes through BigDecimal, whose class
    // initialisation (powers of ten) cost ~14 ms of interpreted code per run (issue 12).
    return Duration.ofMillis(
        Math.addExact(
            Math.multiplyExact(timeoutSecs * 1000L, retries + 1L),
            Math.multiplyExact(RetryPolicy.maxBackoff(retries).toMillis(), 10L)));
  }

  /** CONTRACT §3 defaults: 120 s, 2 retries, no environment. */
  public static FetchOptions defaults() {
    return new FetchOptions(120, 2, Map.of());
  }
}
