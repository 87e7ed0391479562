package dev.edenskills.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.net.SocketTimeoutException;
import java.util.Map;
import org.eclipse.jgit.errors.TransportException;
import org.junit.jupiter.api.Test;

/** Error lines name the problem; port numbers never pass for HTTP statuses; tokens stay home. */
class GitErrorsTest {
  static final String URL = "http://127.0.0.1:40412/acme/skills.git";

  @Test
  void aPortNumberIsNotAStatus() {
    var c = GitErrors.classify(new TransportException(URL + ": premature EOF"), URL, 5);
    assertThat(c.detail()).isEqualTo("connection reset while receiving pack from " + URL);
  }

  @Test
  void timeoutsAreTransientAndSayHowLong() {
    var e = new TransportException(URL, new SocketTimeoutException("Read timed out"));
    var c = GitErrors.classify(e, URL, 7);
    assertThat(RetryPolicy.transientFailure(e)).isTrue();
    assertThat(c.detail()).isEqualTo("timed out after 7s talking to " + URL);
  }

  @Test
  void authFailuresAreNotRetried() {
    var e = new TransportException(URL + ": not authorized");
    var c = GitErrors.classify(e, URL, 5);
    assertThat(RetryPolicy.transientFailure(e)).isFalse();
    assertThat(c.detail()).startsWith("authentication failed for ");
  }

  @Test
  void theRetryRuleGoesByTypeNotByWords() {
    // "not valid" once made a broad substring rule; only the types and statuses decide now.
    assertThat(RetryPolicy.transientFailure(new TransportException(URL + ": 503 not valid")))
        .isFalse();
    assertThat(RetryPolicy.transientFailure(new TransportException(URL, new EOFException("cut"))))
        .isTrue();
    assertThat(RetryPolicy.transientFailure(new java.net.ConnectException("refused"))).isTrue();
    assertThat(RetryPolicy.retryableStatus(503)).isTrue();
    assertThat(RetryPolicy.retryableStatus(500)).isFalse();
    assertThat(RetryPolicy.retryableStatus(404)).isFalse();
  }

  @Test
  void backoffIsCappedAndItsWorstCaseIsTheSumOfTheCaps() {
    assertThat(RetryPolicy.capMillis(1)).isEqualTo(100);
    assertThat(RetryPolicy.capMillis(2)).isEqualTo(200);
    assertThat(RetryPolicy.capMillis(10)).isEqualTo(2_000);
    assertThat(RetryPolicy.maxBackoff(2)).hasMillis(300);
    assertThat(new FetchOptions(120, 2, Map.of()).worstCase()).hasSeconds(363);
    assertThat(new FetchOptions(0, 2, Map.of()).worstCase()).isZero();
  }

  @Test
  void eachRequestGetsRetriesPlusOneAttemptsAcrossFetchRestarts() {
    RetryBudget b = new RetryBudget(1);
    String refs = b.request("GET", "/r.git/info/refs");
    assertThat(b.take(refs)).isTrue();
    assertThat(b.restart()).isTrue();
    assertThat(b.request("GET", "/r.git/info/refs")).isEqualTo(refs);
    assertThat(b.take(refs)).isTrue();
    assertThat(b.take(refs)).as("a third attempt with retries = 1").isFalse();
    assertThat(b.restart()).as("no fetch restart once a request used its attempts").isFalse();
  }

  @Test
  void credentialsInUrlsAreRedacted() {
    assertThat(GitErrors.redact("https://user:secret@host/x.git")).isEqualTo("https://host/x.git");
  }

  @Test
  void githubTokensGoToGithubOverHttpsOnly() {
    Map<String, String> env = Map.of("GH_TOKEN", "t1");
    assertThat(GitFetcher.githubToken("https://github.com/o/r.git", env)).contains("t1");
    assertThat(GitFetcher.githubToken("https://github.com/o/r.git", Map.of("GITHUB_TOKEN", "t0")))
        .contains("t0");
    assertThat(GitFetcher.githubToken("http://github.com/o/r.git", env)).isEmpty();
    assertThat(GitFetcher.githubToken("https://github.com.evil.test/o/r.git", env)).isEmpty();
    assertThat(GitFetcher.githubToken("https://gitlab.com/o/r.git", env)).isEmpty();
  }
}
