package dev.edenskills.source;

import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(c.transientError()).isTrue();
    assertThat(c.detail()).isEqualTo("connection reset while receiving pack from " + URL);
  }

  @Test
  void timeoutsAreTransientAndSayHowLong() {
    var e = new TransportException(URL, new SocketTimeoutException("Read timed out"));
    var c = GitErrors.classify(e, URL, 7);
    assertThat(c.transientError()).isTrue();
    assertThat(c.detail()).isEqualTo("timed out after 7s talking to " + URL);
  }

  @Test
  void authFailuresAreNotRetried() {
    var c = GitErrors.classify(new TransportException(URL + ": not authorized"), URL, 5);
    assertThat(c.transientError()).isFalse();
    assertThat(c.detail()).startsWith("authentication failed for ");
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
