package dev.edenskills.source;

import java.util.HashMap;
import java.util.Map;

/**
 * One repository's attempts: every request gets at most {@code retries + 1} attempts, whichever
 * layer makes them. A shed or refused HTTP request is retried on its own (one fetch makes about
 * five requests, so retrying only whole fetches fails far more repositories); a connection cut
 * mid-pack restarts the fetch, which repeats its requests, so a restart is allowed only while every
 * request it repeats has attempts left. A request is known by method, path and how many requests to
 * that method and path came before it in the same fetch attempt.
 */
final class RetryBudget {
  /** The budget of the fetch running on this thread; unbound means no request retries. */
  static final ScopedValue<RetryBudget> CURRENT = ScopedValue.newInstance();

  private final int attempts;
  private final Map<String, Integer> used = new HashMap<>();
  private final Map<String, Integer> seen = new HashMap<>();
  private int fetches = 1;

  RetryBudget(int retries) {
    this.attempts = retries + 1;
  }

  /** Names the next request to {@code method path} in this fetch attempt. */
  synchronized String request(String method, String path) {
    String base = method + " " + path;
    int n = seen.merge(base, 1, Integer::sum);
    return base + " #" + n;
  }

  /** Takes one attempt of {@code request}; false when it has none left. */
  synchronized boolean take(String request) {
    int n = used.getOrDefault(request, 0);
    if (n >= attempts) {
      return false;
    }
    used.put(request, n + 1);
    return true;
  }

  /** Attempts {@code request} has made so far. */
  synchronized int used(String request) {
    return used.getOrDefault(request, 0);
  }

  /** Starts the fetch again if it and every request it made have attempts left. */
  synchronized boolean restart() {
    if (fetches >= attempts || used.values().stream().anyMatch(n -> n >= attempts)) {
      return false;
    }
    fetches++;
    seen.clear();
    return true;
  }

  /** Fetch attempts so far (1 before any restart). */
  synchronized int fetches() {
    return fetches;
  }
}
