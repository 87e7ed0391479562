package dev.edenskills.source;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one retry rule for talking to a git server: which failures are worth another attempt (by
 * exception type or HTTP status, never by words like "not valid"), and how long to wait before it
 * (exponential, capped, jittered so that repositories failing together do not retry in lockstep).
 * How many attempts each request gets is {@link RetryBudget}'s business.
 */
final class RetryPolicy {
  private static final Set<Integer> UNAVAILABLE = Set.of(502, 503, 504);
  private static final long BASE_MS = 100;
  private static final long CAP_MS = 2_000;

  private RetryPolicy() {}

  /** The server shed the request (bad gateway, unavailable, gateway timeout). */
  static boolean retryableStatus(int status) {
    return UNAVAILABLE.contains(status);
  }

  /**
   * Connection trouble a new attempt may not meet: refused, reset, cut short, timed out, host not
   * resolved. The JDK's HTTP client reports a cut chunked body as a plain IOException "Premature
   * EOF", the only case recognised by its message because it has no type of its own.
   */
  static boolean transientFailure(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SocketTimeoutException
          || t instanceof ConnectException
          || t instanceof NoRouteToHostException
          || t instanceof UnknownHostException
          || t instanceof SocketException
          || t instanceof EOFException) {
        return true;
      }
      if (t.getClass() == IOException.class
          && t.getMessage() != null
          && t.getMessage().toLowerCase(Locale.ROOT).contains("premature eof")) {
        return true;
      }
    }
    return false;
  }

  /** The upper bound of the wait before retry number {@code retry} (1-based). */
  static long capMillis(int retry) {
    return Math.min(CAP_MS, BASE_MS << Math.min(retry - 1, 20));
  }

  /** The longest total wait {@code retries} retries of one request can add. */
  static Duration maxBackoff(int retries) {
    long sum = 0;
    for (int r = 1; r <= retries; r++) {
      sum += capMillis(r);
    }
    return Duration.ofMillis(sum);
  }

  /** Waits before retry number {@code retry}: between half the cap and the cap, at random. */
  static void pause(int retry) throws InterruptedException {
    long cap = capMillis(retry);
    Thread.sleep(cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1));
  }
}
