package dev.edenskills.source;

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

  /** CONTRACT §3 defaults: 120 s, 2 retries, no environment. */
  public static FetchOptions defaults() {
    return new FetchOptions(120, 2, Map.of());
  }
}
