package dev.edenskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.CliHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unknown or misplaced option is a usage error (exit 2) on every command, never a silent
 * success; {@code -V/--version} exists only at the top level.
 */
class EveryBadOptionIsAnErrorTest {
  @TempDir Path home;

  /** Each command with the arguments it needs to get past its own required parameters. */
  private static final List<List<String>> COMMANDS =
      List.of(
          List.of("init"),
          List.of("add", "--id", "x", "--repo", "acme/x"),
          List.of("plan"),
          List.of("apply"),
          List.of("set", "x"),
          List.of("remove", "x"),
          List.of("list"),
          List.of("config", "export"),
          List.of("agents"),
          List.of("install", "acme/x"),
          List.of("completion", "bash"),
          List.of("check", "."),
          List.of("doctor"),
          List.of("repair"),
          List.of("update"),
          List.of("clean"));

  @Test
  void anUnknownOptionFailsEveryCommandWithoutTouchingAnything() throws Exception {
    for (List<String> command : COMMANDS) {
      for (String bad : List.of("--no-such-flag", "-Z")) {
        List<String> args = new ArrayList<>(command);
        args.add(bad);
        CliHarness.Result r = new CliHarness(home).run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(args + "\n" + r).isEqualTo(2);
        assertThat(r.err()).as(args.toString()).contains("error[USAGE]").contains(bad);
      }
    }
    try (var files = Files.list(home)) {
      assertThat(files.toList()).as("nothing written").isEmpty();
    }
  }

  @Test
  void versionIsOnlyATopLevelOption() {
    assertThat(new CliHarness(home).run("-V").exitCode()).isZero();
    for (List<String> command : COMMANDS) {
      for (String flag : List.of("-V", "--version")) {
        if (command.getFirst().equals("install") && flag.equals("--version")) {
          continue; // a value-taking option there, covered below
        }
        List<String> args = new ArrayList<>(command);
        args.add(flag);
        CliHarness.Result r = new CliHarness(home).run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(args + "\n" + r).isEqualTo(2);
        assertThat(r.out()).as(args.toString()).doesNotContain(VersionInfo.version());
      }
    }
  }

  @Test
  void aCommandsOptionBeforeTheCommandNameIsAnError() {
    CliHarness.Result r = new CliHarness(home).run("--force", "apply");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("--force");
  }

  @Test
  void installVersionWithARepositoryIsAUsageError() {
    CliHarness.Result r = new CliHarness(home).run("install", "acme/x", "--version", "1.0");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err())
        .contains("error[USAGE]")
        .contains("--version and --registry apply to a skill name from a registry")
        .contains("--ref");
    assertThat(home.resolve(".eden-skills")).doesNotExist();
    CliHarness.Result bare = new CliHarness(home).run("install", "acme/x", "--version");
    assertThat(bare.exitCode()).as(bare.toString()).isEqualTo(2);
  }

  @Test
  void removeWithoutIdsOffATerminalIsAUsageError() throws Exception {
    Path config = home.resolve("skills.toml");
    Files.writeString(config, "version = 1\n");
    CliHarness.Result r = new CliHarness(home).run("--config", config.toString(), "remove");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("remove needs the ids");
  }
}
