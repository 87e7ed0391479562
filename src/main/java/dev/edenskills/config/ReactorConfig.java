package dev.edenskills.config;

/**
 * {@code [reactor]}: how Phase A talks to the network.
 *
 * @param concurrency at most this many repositories sync at once (1..100; FC-R1 default 10)
 * @param timeoutSecs per git network operation; 0 means no timeout
 * @param retries extra attempts after a transient network error
 */
public record ReactorConfig(int concurrency, int timeoutSecs, int retries) {
  public static final int DEFAULT_CONCURRENCY = 10;
  public static final int MIN_CONCURRENCY = 1;
  public static final int MAX_CONCURRENCY = 100;
  public static final ReactorConfig DEFAULT = new ReactorConfig(DEFAULT_CONCURRENCY, 120, 2);

  /** A copy with the concurrency the CLI asked for. */
  public ReactorConfig withConcurrency(int n) {
    return new ReactorConfig(n, timeoutSecs, retries);
  }
}
