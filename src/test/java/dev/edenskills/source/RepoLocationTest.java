package dev.edenskills.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.edenskills.common.Env;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RepoLocationTest {
  private static final Path HOME = Path.of("/home/u");
  private static final Path BASE = Path.of("/work/cfg");
  private static final Env ENV =
      Env.of(Map.of("HOME", HOME.toString()), Path.of("/cwd"), Clock.systemUTC(), false);

  static Stream<Arguments> remotes() {
    return Stream.of(
        // raw, fetchUrl, normalized, display
        Arguments.of(
            "anthropics/skills",
            "https://github.com/anthropics/skills.git",
            "github.com/anthropics/skills",
            "anthropics/skills"),
        Arguments.of(
            "owner/repo.git",
            "https://github.com/owner/repo.git",
            "github.com/owner/repo",
            "owner/repo.git"),
        Arguments.of(
            "https://GitHub.com/Owner/Repo.git/",
            "https://GitHub.com/Owner/Repo.git/",
            "github.com/Owner/Repo",
            "https://GitHub.com/Owner/Repo.git/"),
        Arguments.of(
            "https://user:s3cret@git.example.org/team/repo.git",
            "https://user:s3cret@git.example.org/team/repo.git",
            "git.example.org/team/repo",
            "https://git.example.org/team/repo.git"),
        Arguments.of(
            "http://127.0.0.1:8080/repo.git",
            "http://127.0.0.1:8080/repo.git",
            "127.0.0.1:8080/repo",
            "http://127.0.0.1:8080/repo.git"),
        Arguments.of(
            "ssh://git@github.com/owner/repo.git",
            "ssh://git@github.com/owner/repo.git",
            "github.com/owner/repo",
            "ssh://github.com/owner/repo.git"),
        Arguments.of(
            "git@github.com:owner/repo.git",
            "git@github.com:owner/repo.git",
            "github.com/owner/repo",
            "git@github.com:owner/repo.git"),
        Arguments.of(
            "git://127.0.0.1:9418/team/repo",
            "git://127.0.0.1:9418/team/repo",
            "127.0.0.1:9418/team/repo",
            "git://127.0.0.1:9418/team/repo"),
        Arguments.of(
            "file:///srv/git/repo.git",
            "file:///srv/git/repo.git",
            "/srv/git/repo",
            "file:///srv/git/repo.git"));
  }

  @ParameterizedTest
  @MethodSource("remotes")
  void remoteFormsNormalizeAndKeepTheirFetchUrl(
      String raw, String fetchUrl, String normalized, String display) {
    RepoLocation.Remote r = (RepoLocation.Remote) RepoLocation.parse(raw, ENV, BASE);
    assertThat(r.fetchUrl()).isEqualTo(fetchUrl);
    assertThat(r.normalized()).isEqualTo(normalized);
    assertThat(r.display()).isEqualTo(display);
    assertThat(r.key()).matches("[a-z0-9._-]+-[0-9a-f]{10}");
    assertThat(r.display()).doesNotContain("s3cret");
    assertThat(RepoLocation.problem(raw)).isEmpty();
  }

  static Stream<Arguments> locals() {
    return Stream.of(
        Arguments.of("./skills/x", "/work/cfg/skills/x"),
        Arguments.of("../shared", "/work/shared"),
        Arguments.of("/abs/dir", "/abs/dir"),
        Arguments.of("~/dev/skills", "/home/u/dev/skills"),
        Arguments.of(".", "/work/cfg"),
        Arguments.of("~", "/home/u"));
  }

  @ParameterizedTest
  @MethodSource("locals")
  void localPathsResolveAgainstTheConfigDirectoryAndHome(String raw, String dir) {
    assertThat(RepoLocation.parse(raw, ENV, BASE)).isEqualTo(new RepoLocation.Local(Path.of(dir)));
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("", "empty"),
        Arguments.of("ext::sh -c touch% /tmp/pwned", "whitespace"),
        Arguments.of("ext::sh", "transport helpers"),
        Arguments.of("fd::17", "transport helpers"),
        Arguments.of("ftp://host/repo", "scheme 'ftp://'"),
        Arguments.of("svn+ssh://host/repo", "scheme"),
        Arguments.of("-uhttps://evil/x", "starts with '-'"),
        Arguments.of("--upload-pack=x", "starts with '-'"),
        Arguments.of("owner/repo;rm", "character ;"),
        Arguments.of("owner/\"repo\"", "character \""),
        Arguments.of("own er/repo", "whitespace"),
        Arguments.of("owner/repo\u0000", "control character"),
        Arguments.of("owner/re\npo", "control character"),
        Arguments.of("https://github.com", "no repository path"),
        Arguments.of("https:///path", "no valid host"),
        Arguments.of("https://host/repo?x=1", "query"),
        Arguments.of("file://relative/repo", "absolute path"),
        Arguments.of("github.com/owner/repo", "did you mean https://github.com/owner/repo"),
        Arguments.of("github.com/owner", "did you mean https://github.com/owner"),
        Arguments.of("skills", "local directory must start with"),
        Arguments.of("a/b/c", "not a repository"),
        Arguments.of("owner/..", "not a repository"),
        Arguments.of("~bob/skills", "'~name'"),
        Arguments.of("C:\\skills", "not a supported"));
  }

  @ParameterizedTest
  @MethodSource("refused")
  void everyOtherFormIsRefusedWithAClearMessage(String raw, String messagePart) {
    assertThat(RepoLocation.problem(raw))
        .hasValueSatisfying(m -> assertThat(m).contains(messagePart));
    assertThatThrownBy(() -> RepoLocation.parse(raw, ENV, BASE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(messagePart);
  }

  @Test
  void spellingsOfOneRepositoryShareAKeyAndDifferentOnesNever() {
    Set<String> keys = new HashSet<>();
    for (String raw :
        List.of(
            "owner/repo",
            "https://github.com/owner/repo",
            "https://github.com/owner/repo.git",
            "git@github.com:owner/repo.git",
            "ssh://git@github.com/owner/repo")) {
      keys.add(((RepoLocation.Remote) RepoLocation.parse(raw, ENV, BASE)).key());
    }
    assertThat(keys).hasSize(1);
    // These slug to the same readable text; the hash keeps them apart.
    String a = RepoLocation.keyOf("github.com/a-b/c");
    String b = RepoLocation.keyOf("github.com/a/b-c");
    String c = RepoLocation.keyOf("github.com/A-b/c");
    assertThat(a).startsWith("github.com-a-b-c-");
    assertThat(Set.of(a, b, c)).hasSize(3);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/srv/repo",
        "github.com/x/"
            + "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"
      })
  void keysAreShortSafeDirectoryNames(String normalized) {
    String key = RepoLocation.keyOf(normalized);
    assertThat(key).matches("[a-z0-9][a-z0-9._-]*-[0-9a-f]{10}").hasSizeLessThanOrEqualTo(91);
  }
}
