package dev.edenskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.CliHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every validation code of CONTRACT §3, with its field path, through the CLI: exit 2. */
class ConfigValidationCodesTest {
  @TempDir Path home;

  private static final String SKILL_A =
      """
      [[skills]]
      id = "a"
      [skills.source]
      repo = "owner/repo"
      [[skills.targets]]
      agent = "claude-code"
      """;

  private static String config(String body) {
    return "version = 1\n" + body;
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("UNSUPPORTED_VERSION", "version", "version = 2\n" + SKILL_A),
        Arguments.of("UNSUPPORTED_VERSION", "version", SKILL_A),
        Arguments.of("UNSUPPORTED_VERSION", "version", "version = \"1\"\n"),
        Arguments.of(
            "MISSING_FIELD",
            "skills[1].id",
            config(
                SKILL_A
                    + "[[skills]]\n"
                    + "[skills.source]\n"
                    + "repo = \"o/r\"\n"
                    + "[[skills.targets]]\n"
                    + "agent = \"cursor\"\n")),
        Arguments.of(
            "MISSING_FIELD",
            "skills[0].source.repo",
            config(
                "[[skills]]\n"
                    + "id = \"a\"\n"
                    + "[skills.source]\n"
                    + "ref = \"v1\"\n"
                    + "[[skills.targets]]\n"
                    + "agent = \"cursor\"\n")),
        Arguments.of(
            "MISSING_FIELD",
            "skills[0].source",
            config("[[skills]]\nid = \"a\"\n[[skills.targets]]\nagent = \"cursor\"\n")),
        Arguments.of(
            "MISSING_FIELD",
            "skills[0].targets[0].agent",
            config(SKILL_A.replace("agent = \"claude-code\"", "path = \"./x\""))),
        Arguments.of(
            "INVALID_TYPE", "reactor.concurrency", config("[reactor]\nconcurrency = \"ten\"\n")),
        Arguments.of("INVALID_TYPE", "skills[0].id", config(SKILL_A.replace("\"a\"", "7"))),
        Arguments.of("INVALID_TYPE", "skills", config("[skills]\nid = \"a\"\n")),
        Arguments.of(
            "INVALID_TYPE",
            "skills[0].safety.no_exec_metadata_only",
            config(SKILL_A + "[skills.safety]\nno_exec_metadata_only = \"yes\"\n")),
        Arguments.of(
            "INVALID_SKILL_ID", "skills[0].id", config(SKILL_A.replace("\"a\"", "\"Bad Id\""))),
        Arguments.of(
            "INVALID_SKILL_ID", "skills[0].id", config(SKILL_A.replace("\"a\"", "\"a..b\""))),
        Arguments.of(
            "INVALID_SKILL_ID", "skills[0].id", config(SKILL_A.replace("\"a\"", "\"-a\""))),
        Arguments.of("DUPLICATE_SKILL_ID", "skills[1].id", config(SKILL_A + SKILL_A)),
        Arguments.of(
            "INVALID_REPO",
            "skills[0].source.repo",
            config(SKILL_A.replace("owner/repo", "ext::sh -c touch% /tmp/x"))),
        Arguments.of(
            "INVALID_REPO",
            "skills[0].source.repo",
            config(SKILL_A.replace("owner/repo", "ftp://host/repo"))),
        Arguments.of(
            "INVALID_SUBPATH",
            "skills[0].source.subpath",
            config(
                SKILL_A.replace("repo = \"owner/repo\"", "repo = \"o/r\"\nsubpath = \"../up\""))),
        Arguments.of(
            "INVALID_SUBPATH",
            "skills[0].source.subpath",
            config(SKILL_A.replace("repo = \"owner/repo\"", "repo = \"o/r\"\nsubpath = \"/etc\""))),
        Arguments.of(
            "INVALID_MODE",
            "skills[0].install.mode",
            config(SKILL_A + "[skills.install]\nmode = \"hardlink\"\n")),
        Arguments.of(
            "UNKNOWN_AGENT",
            "skills[0].targets[0].agent",
            config(SKILL_A.replace("claude-code", "claude"))),
        Arguments.of(
            "MISSING_TARGET_PATH",
            "skills[1].targets[1].path",
            config(
                SKILL_A
                    + SKILL_A.replace("\"a\"", "\"b\"")
                    + "[[skills.targets]]\nagent = \"custom\"\n")),
        Arguments.of(
            "NO_TARGETS",
            "skills[0].targets",
            config("[[skills]]\nid = \"a\"\n[skills.source]\nrepo = \"o/r\"\n")),
        Arguments.of(
            "INVALID_CHECK",
            "skills[0].verify.checks[1]",
            config(SKILL_A + "[skills.verify]\nchecks = [\"path-exists\", \"bogus\"]\n")),
        Arguments.of(
            "INVALID_CHECK",
            "skills[0].verify.checks",
            config(SKILL_A + "[skills.verify]\nenabled = true\nchecks = []\n")),
        Arguments.of(
            "INVALID_CONCURRENCY", "reactor.concurrency", config("[reactor]\nconcurrency = 0\n")),
        Arguments.of(
            "INVALID_CONCURRENCY", "reactor.concurrency", config("[reactor]\nconcurrency = 101\n")),
        Arguments.of(
            "INVALID_VALUE", "reactor.timeout_secs", config("[reactor]\ntimeout_secs = -1\n")),
        Arguments.of("INVALID_VALUE", "reactor.retries", config("[reactor]\nretries = 11\n")),
        Arguments.of(
            "INVALID_VALUE", "skills[0].targets[0].scope", config(SKILL_A + "scope = \"team\"\n")),
        Arguments.of(
            "INVALID_VALUE",
            "skills[0].targets[0].path",
            config(
                SKILL_A.replace(
                    "agent = \"claude-code\"", "agent = \"custom\"\npath = \"x\\u0000y\""))),
        Arguments.of(
            "INVALID_VALUE",
            "skills[0].source.ref",
            config(
                SKILL_A.replace(
                    "repo = \"owner/repo\"", "repo = \"o/r\"\nref = \"--upload-pack=x\""))),
        Arguments.of(
            "INVALID_VALUE", "storage.root", config("[storage]\nroot = \"~bob/store\"\n")));
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("cases")
  void eachCodeIsReportedWithItsFieldPathAndExitsTwo(String code, String field, String toml)
      throws IOException {
    CliHarness.Result r = listWith(toml);
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).as(r.toString()).contains("error[" + code + "] " + field + ": ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void invalidTomlNamesLineAndColumn() throws IOException {
    CliHarness.Result r = listWith("version = 1\n\n[reactor\nconcurrency = 3\n");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).containsPattern("error\\[INVALID_TOML\\] \\S*skills\\.toml:3:\\d+: ");
  }

  @Test
  void allErrorsAreReportedInOneRunInFileOrder() throws IOException {
    String toml =
        """
        version = 1
        [reactor]
        concurrency = 0
        [[skills]]
        id = "Bad"
        [skills.source]
        repo = "ext::x"
        subpath = "../.."
        [skills.install]
        mode = "move"
        [[skills.targets]]
        agent = "custom"
        [[skills]]
        id = "ok"
        [skills.source]
        repo = "o/r"
        """;
    CliHarness.Result r = listWith(toml);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().lines().filter(l -> l.startsWith("error[")))
        .containsExactly(
            "error[INVALID_CONCURRENCY] reactor.concurrency: concurrency 0 is outside 1..100",
            "error[INVALID_MODE] skills[0].install.mode: mode 'move' is not \"symlink\" or"
                + " \"copy\"",
            r.err()
                .lines()
                .filter(l -> l.startsWith("error[INVALID_SKILL_ID]"))
                .findFirst()
                .orElseThrow(),
            r.err()
                .lines()
                .filter(l -> l.startsWith("error[INVALID_REPO]"))
                .findFirst()
                .orElseThrow(),
            r.err()
                .lines()
                .filter(l -> l.startsWith("error[INVALID_SUBPATH]"))
                .findFirst()
                .orElseThrow(),
            "error[MISSING_TARGET_PATH] skills[0].targets[0].path: custom target needs a path",
            r.err()
                .lines()
                .filter(l -> l.startsWith("error[NO_TARGETS]"))
                .findFirst()
                .orElseThrow());
    assertThat(r.err())
        .contains("skills[0].id: ", "skills[0].source.repo: ", "skills[1].targets: ");
    assertThat(r.err()).contains("7 errors").contains("hint: ");
  }

  @Test
  void unknownKeysWarnAndFailOnlyWithStrict() throws IOException {
    String toml = config("colour = \"red\"\n" + SKILL_A + "branch = \"dev\"\n");
    CliHarness.Result lenient = listWith(toml);
    assertThat(lenient.exitCode()).as(lenient.toString()).isZero();
    assertThat(lenient.err())
        .contains("warning[UNKNOWN_KEY] colour: unknown key 'colour'")
        .contains("warning[UNKNOWN_KEY] skills[0].targets[0].branch: ");

    CliHarness.Result strict =
        new CliHarness(home)
            .run("--strict", "--config", home.resolve("skills.toml").toString(), "list");
    assertThat(strict.exitCode()).isEqualTo(2);
    assertThat(strict.err())
        .contains("error[UNKNOWN_KEY] colour: ")
        .contains("error[UNKNOWN_KEY] skills[0].targets[0].branch: ");
  }

  @Test
  void aConfigWithZeroSkillsIsValid() throws IOException {
    CliHarness.Result r = listWith("version = 1\n");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).isEmpty();
  }

  private CliHarness.Result listWith(String toml) throws IOException {
    Path file = home.resolve("skills.toml");
    Files.writeString(file, toml);
    return new CliHarness(home).run("--config", file.toString(), "list");
  }
}
