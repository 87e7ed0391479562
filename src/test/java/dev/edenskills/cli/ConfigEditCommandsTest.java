package dev.edenskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.config.Config;
import dev.edenskills.config.ConfigLoader;
import dev.edenskills.config.InstallMode;
import dev.edenskills.config.Scope;
import dev.edenskills.config.SkillSpec;
import dev.edenskills.config.TargetSpec;
import dev.edenskills.config.VerifySpec;
import dev.edenskills.testing.CliHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init → add → set → remove → config export → config import, through the CLI. */
class ConfigEditCommandsTest {
  @TempDir Path home;

  private CliHarness cli() {
    return new CliHarness(home);
  }

  private Path configPath() {
    return home.resolve(".eden-skills/skills.toml");
  }

  private Config config() throws IOException {
    return ConfigLoader.load("t", Files.readString(configPath()), true).config();
  }

  private CliHarness.Result ok(String... args) {
    CliHarness.Result r = cli().run(args);
    assertThat(r.exitCode()).as(r.toString()).isZero();
    return r;
  }

  @Test
  void editingCommandsRoundTripThroughExportAndImport() throws IOException {
    ok("init");
    assertThat(Files.readString(configPath())).contains("# A skill looks like this");
    ok(
        "add",
        "--id",
        "pdf",
        "--repo",
        "anthropics/skills",
        "--subpath",
        "./skills/pdf/",
        "--target",
        "claude-code",
        "--target",
        "cursor:project");
    ok("add", "--id", "mine", "--repo", "./local", "--mode", "copy", "--target", "custom:~/agent");
    ok("add", "--id", "tmp", "--repo", "git@github.com:o/r.git", "--target", "codex");

    SkillSpec pdf = config().skill("pdf").orElseThrow();
    assertThat(pdf.source().subpath()).isEqualTo("skills/pdf");
    assertThat(pdf.targets())
        .containsExactly(
            TargetSpec.agent("claude-code"),
            new TargetSpec("cursor", Optional.empty(), Scope.PROJECT));

    ok("set", "pdf", "--ref", "v2", "--mode", "copy");
    SkillSpec changed = config().skill("pdf").orElseThrow();
    assertThat(changed.source().ref()).isEqualTo("v2");
    assertThat(changed.mode()).isEqualTo(InstallMode.COPY);
    assertThat(changed.verify()).isEqualTo(VerifySpec.defaultFor(InstallMode.COPY));
    assertThat(changed.targets()).isEqualTo(pdf.targets());

    ok("remove", "tmp");
    assertThat(config().skills()).extracting(SkillSpec::id).containsExactly("pdf", "mine");

    String exported = ok("config", "export").out();
    assertThat(exported).isEqualTo(Files.readString(configPath()));
    Path copy = home.resolve("exported.toml");
    Files.writeString(copy, exported);

    ok("remove", "pdf", "mine");
    assertThat(config().skills()).isEmpty();

    CliHarness.Result dry = ok("config", "import", "--from", copy.toString(), "--dry-run");
    assertThat(dry.out()).isEqualTo(exported);
    assertThat(config().skills()).as("dry run writes nothing").isEmpty();

    ok("config", "import", "--from", copy.toString());
    assertThat(Files.readString(configPath())).isEqualTo(exported);
  }

  @Test
  void initRefusesToOverwriteWithoutForce() throws IOException {
    ok("init");
    ok("add", "--id", "a", "--repo", "o/r", "--target", "cursor");
    String before = Files.readString(configPath());
    CliHarness.Result again = cli().run("init");
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("error[CONFIG_EXISTS]").contains("--force");
    assertThat(Files.readString(configPath())).isEqualTo(before);
    ok("init", "--force");
    assertThat(config().skills()).isEmpty();
  }

  @Test
  void invalidAddReportsEveryProblemByOptionAndWritesNothing() throws IOException {
    ok("init");
    String before = Files.readString(configPath());
    CliHarness.Result r =
        cli()
            .run(
                "add",
                "--id",
                "Bad..Id",
                "--repo",
                "ext::sh",
                "--subpath",
                "../x",
                "--ref",
                "-x",
                "--target",
                "cursor");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains("error[INVALID_SKILL_ID] --id: ")
        .contains("error[INVALID_REPO] --repo: ")
        .contains("error[INVALID_SUBPATH] --subpath: ")
        .contains("error[INVALID_VALUE] --ref: ");
    assertThat(Files.readString(configPath())).isEqualTo(before);
    assertNoTempFiles();

    CliHarness.Result mode = cli().run("add", "--id", "a", "--repo", "o/r", "--mode", "hard");
    assertThat(mode.exitCode()).isEqualTo(2);
    assertThat(mode.err()).contains("error[INVALID_MODE] --mode: ");
    CliHarness.Result target = cli().run("add", "--id", "a", "--repo", "o/r", "--target", "vim");
    assertThat(target.exitCode()).isEqualTo(2);
    assertThat(target.err()).contains("error[UNKNOWN_AGENT]").contains("claude-code, cursor");
    assertThat(Files.readString(configPath())).isEqualTo(before);
  }

  @Test
  void duplicateAddSuggestsSetAndUnknownIdsChangeNothing() throws IOException {
    ok("init");
    ok("add", "--id", "a", "--repo", "o/r", "--target", "cursor");
    String before = Files.readString(configPath());

    CliHarness.Result dup = cli().run("add", "--id", "a", "--repo", "o/other");
    assertThat(dup.exitCode()).isEqualTo(2);
    assertThat(dup.err()).contains("error[DUPLICATE_SKILL_ID]").contains("eden-skills set a");

    CliHarness.Result remove = cli().run("remove", "a", "ghost");
    assertThat(remove.exitCode()).isEqualTo(2);
    assertThat(remove.err())
        .contains("error[UNKNOWN_SKILL]")
        .contains("ghost")
        .doesNotContain(" a,");

    CliHarness.Result set = cli().run("set", "ghost", "--ref", "v1");
    assertThat(set.exitCode()).isEqualTo(2);
    assertThat(set.err()).contains("error[UNKNOWN_SKILL]").contains("ghost");

    CliHarness.Result nothing = cli().run("set", "a");
    assertThat(nothing.exitCode()).isEqualTo(2);
    assertThat(nothing.err()).contains("--repo");

    assertThat(Files.readString(configPath())).isEqualTo(before);
  }

  @Test
  void addWithoutTargetsUsesDetectedAgentsElseClaudeCode() throws IOException {
    ok("init");
    ok("add", "--id", "a", "--repo", "o/r");
    assertThat(config().skill("a").orElseThrow().targets())
        .containsExactly(TargetSpec.agent("claude-code"));
    Files.createDirectories(home.resolve(".cursor"));
    Files.createDirectories(home.resolve(".gemini"));
    ok("add", "--id", "b", "--repo", "o/r");
    assertThat(config().skill("b").orElseThrow().targets())
        .containsExactly(TargetSpec.agent("cursor"), TargetSpec.agent("gemini-cli"));
  }

  @Test
  void editsNeedAnExistingConfig() {
    CliHarness.Result r = cli().run("add", "--id", "a", "--repo", "o/r");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("error[CONFIG_NOT_FOUND]").contains("eden-skills init");
  }

  @Test
  void importOfAnInvalidFileKeepsTheOldConfig() throws IOException {
    ok("init");
    ok("add", "--id", "a", "--repo", "o/r", "--target", "cursor");
    String before = Files.readString(configPath());
    Path bad = home.resolve("bad.toml");
    Files.writeString(bad, "version = 1\n[reactor]\nconcurrency = 500\n");
    CliHarness.Result r = cli().run("config", "import", "--from", bad.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("error[INVALID_CONCURRENCY] reactor.concurrency: ");
    assertThat(Files.readString(configPath())).isEqualTo(before);
    assertNoTempFiles();
  }

  private void assertNoTempFiles() throws IOException {
    try (var files = Files.list(configPath().getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("skills.toml");
    }
  }
}
