package dev.edenskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edenskills.testing.CliHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Global options work before and after the subcommand name (issue: foundation). */
class GlobalOptionsAnywhereTest {
  @TempDir Path home;

  @Test
  void jsonAndConfigBeforeOrAfterTheCommandGiveTheSameDocument() throws Exception {
    Path config = home.resolve("c.toml");
    Files.writeString(config, "version = 1\n");
    CliHarness cli = new CliHarness(home);
    CliHarness.Result before = cli.run("--json", "--config", config.toString(), "plan");
    CliHarness.Result after = cli.run("plan", "--json", "--config", config.toString());
    CliHarness.Result mixed = cli.run("--config", config.toString(), "plan", "--json");
    assertThat(before.exitCode()).as(before.toString()).isZero();
    assertThat(after.exitCode()).as(after.toString()).isZero();
    assertThat(before.out()).isEqualTo(after.out()).isEqualTo(mixed.out());
    assertThat(new ObjectMapper().readTree(before.out()).isArray()).isTrue();
  }

  @Test
  void verboseShowsTheStackTraceOnlyWhenAsked() throws Exception {
    Path bad = home.resolve("bad.toml");
    Files.writeString(
        bad,
        "version = 1\n[[skills]]\nid = \"x\"\n[skills.source]\nrepo = \"a/b\"\n"
            + "[[skills.targets]]\nagent = \"claude-code\"\n");
    // A config pointing the store at a file makes apply fail at runtime.
    Files.writeString(home.resolve("store-file"), "not a directory");
    Files.writeString(
        bad, Files.readString(bad) + "[storage]\nroot = \"" + home.resolve("store-file") + "\"\n");
    CliHarness cli = new CliHarness(home);
    CliHarness.Result quiet = cli.run("--config", bad.toString(), "apply");
    assertThat(quiet.exitCode()).isEqualTo(1);
    assertThat(quiet.err()).contains("error[").doesNotContain("\tat ");
    CliHarness.Result verbose = cli.run("--config", bad.toString(), "apply", "-v");
    assertThat(verbose.exitCode()).isEqualTo(1);
    assertThat(verbose.err()).contains("\tat ");
  }
}
