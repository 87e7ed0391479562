package dev.edenskills.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.edenskills.common.Env;
import dev.edenskills.common.Problem;
import dev.edenskills.source.RepoLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every source form of CONTRACT §7, and the values each puts into skills.toml. */
class InstallSourceTest {
  private static final Env ENV =
      Env.of(Map.of("HOME", "/home/u"), Path.of("/work/proj"), Clock.systemUTC(), false);

  static Stream<Arguments> forms() {
    return Stream.of(
        // raw, --ref, repo, ref, subpath, local
        row("anthropics/skills", null, "anthropics/skills", "HEAD", ".", false),
        row("anthropics/skills", "v2", "anthropics/skills", "v2", ".", false),
        row("https://github.com/o/r", null, "https://github.com/o/r", "HEAD", ".", false),
        row("https://github.com/o/r.git", null, "https://github.com/o/r.git", "HEAD", ".", false),
        row(
            "https://gitlab.example/g/sub/r.git",
            null,
            "https://gitlab.example/g/sub/r.git",
            "HEAD",
            ".",
            false),
        row(
            "http://127.0.0.1:8080/acme/skills.git",
            "dev",
            "http://127.0.0.1:8080/acme/skills.git",
            "dev",
            ".",
            false),
        row("git@github.com:o/r.git", null, "git@github.com:o/r.git", "HEAD", ".", false),
        row(
            "ssh://git@host.example:2222/o/r.git",
            null,
            "ssh://git@host.example:2222/o/r.git",
            "HEAD",
            ".",
            false),
        row("file:///srv/git/r.git", null, "file:///srv/git/r.git", "HEAD", ".", false),
        // GitHub tree URLs: the first segment is the ref, the rest (slashes and all) the path.
        row("https://github.com/o/r/tree/main", null, "https://github.com/o/r", "main", ".", false),
        row(
            "https://github.com/o/r/tree/main/",
            null,
            "https://github.com/o/r",
            "main",
            ".",
            false),
        row(
            "https://github.com/o/r/tree/main/skills/pdf",
            null,
            "https://github.com/o/r",
            "main",
            "skills/pdf",
            false),
        row(
            "https://github.com/o/r/tree/v1.2.0/skills/.curated/deep/er/pdf/",
            null,
            "https://github.com/o/r",
            "v1.2.0",
            "skills/.curated/deep/er/pdf",
            false),
        row(
            "https://github.com/o/r.git/tree/dev/x",
            null,
            "https://github.com/o/r",
            "dev",
            "x",
            false),
        row(
            "https://GitHub.com/o/r/tree/main/a//b/./c",
            null,
            "https://GitHub.com/o/r",
            "main",
            "a/b/c",
            false),
        row(
            "https://github.com/o/r/tree/main/my%20dir%2Bx",
            null, "https://github.com/o/r", "main", "my dir+x", false),
        row(
            "https://github.com/o/r/tree/0123456789abcdef0123456789abcdef01234567/skills",
            null,
            "https://github.com/o/r",
            "0123456789abcdef0123456789abcdef01234567",
            "skills",
            false),
        // --ref spells a slashed branch: the URL's segments that match it are the ref.
        row(
            "https://github.com/o/r/tree/feature/x/skills/pdf",
            "feature/x",
            "https://github.com/o/r",
            "feature/x",
            "skills/pdf",
            false),
        row(
            "https://github.com/o/r/tree/feature/x",
            "feature/x",
            "https://github.com/o/r",
            "feature/x",
            ".",
            false),
        // --ref that does not match: it replaces the URL's ref, the path is kept.
        row(
            "https://github.com/o/r/tree/main/skills/pdf",
            "v2",
            "https://github.com/o/r",
            "v2",
            "skills/pdf",
            false),
        row("https://github.com/o/r/tree", "v2", "https://github.com/o/r", "v2", ".", false),
        // Local directories: stored absolute (the config resolves against its own directory).
        row("./skills", null, "/work/proj/skills", "HEAD", ".", true),
        row("../other/skills/", null, "/work/other/skills", "HEAD", ".", true),
        row("/abs/dir", null, "/abs/dir", "HEAD", ".", true),
        row("~/my-skills", null, "~/my-skills", "HEAD", ".", true),
        row(".", null, "/work/proj", "HEAD", ".", true));
  }

  private static Arguments row(
      String raw, String ref, String repo, String expRef, String subpath, boolean local) {
    return Arguments.of(raw, ref, repo, expRef, subpath, local);
  }

  @ParameterizedTest(name = "{0} --ref {1}")
  @MethodSource("forms")
  void parsesEachFormIntoConfigValues(
      String raw, String ref, String repo, String expRef, String subpath, boolean local) {
    InstallSource s = InstallSource.parse(raw, Optional.ofNullable(ref), ENV);
    assertThat(s).isEqualTo(new InstallSource(repo, expRef, subpath, local));
    // What goes into skills.toml is accepted by the config's own rules.
    assertThat(RepoLocation.problem(s.repo())).isEmpty();
    assertThat(s.location(ENV) instanceof RepoLocation.Local).isEqualTo(local);
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("", null, "INVALID_REPO"),
        Arguments.of("ext::sh -c id", null, "INVALID_REPO"),
        Arguments.of("ftp://host/r.git", null, "INVALID_REPO"),
        Arguments.of("just-a-word", null, "INVALID_REPO"),
        Arguments.of("-o/r", null, "INVALID_REPO"),
        Arguments.of("~bob/skills", null, "INVALID_REPO"),
        Arguments.of("https://github.com/o/r/blob/main/skills/pdf/SKILL.md", null, "INVALID_REPO"),
        Arguments.of("https://github.com/o/r/tree/main/../../etc", null, "INVALID_SUBPATH"),
        Arguments.of("https://github.com/o/r/tree/main/a/../..", null, "INVALID_SUBPATH"),
        Arguments.of("https://github.com/o/r/tree", null, "INVALID_REF"),
        Arguments.of("https://github.com/o/r/tree/bad..ref/x", null, "INVALID_REF"),
        Arguments.of("o/r", "-x", "INVALID_REF"),
        Arguments.of("o/r", "a b", "INVALID_REF"),
        Arguments.of("o/r", "", "INVALID_REF"));
  }

  @ParameterizedTest(name = "{0} --ref {1} -> {2}")
  @MethodSource("refused")
  void refusesWhatTheConfigWouldRefuse(String raw, String ref, String code) {
    assertThatThrownBy(() -> InstallSource.parse(raw, Optional.ofNullable(ref), ENV))
        .isInstanceOfSatisfying(
            Problem.class,
            p -> {
              assertThat(p.code()).isEqualTo(code);
              assertThat(p.exitCode().code()).isEqualTo(2);
              assertThat(p.getMessage()).isNotBlank();
            });
  }

  @ParameterizedTest(name = "{0} below {1}")
  @MethodSource("joins")
  void joinsDiscoveredPathsBelowTheSubpath(String subpath, String inner, String joined) {
    assertThat(new InstallSource("o/r", "main", subpath, false).below(inner)).isEqualTo(joined);
  }

  static Stream<Arguments> joins() {
    return Stream.of(
        Arguments.of(".", ".", "."),
        Arguments.of(".", "skills/pdf", "skills/pdf"),
        Arguments.of("skills/pdf", ".", "skills/pdf"),
        Arguments.of("skills", "pdf", "skills/pdf"));
  }
}
