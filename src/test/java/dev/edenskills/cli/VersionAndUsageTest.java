package dev.edenskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.CliHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionAndUsageTest {
  @TempDir Path home;

  @Test
  void versionPrintsTheProjectVersion() {
    CliHarness.Result r = new CliHarness(home).run("--version");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("eden-skills " + VersionInfo.version());
    assertThat(VersionInfo.version()).matches("\\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void unknownOptionIsAUsageErrorWithAHint() {
    CliHarness.Result r = new CliHarness(home).run("--no-such-flag");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("error[USAGE]").contains("--no-such-flag").contains("--help");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void helpListsGlobalOptions() {
    CliHarness.Result r = new CliHarness(home).run("--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("--config", "--json", "--strict", "--color", "--quiet", "--verbose");
  }

  @Test
  void everySubcommandAnswersHelp() {
    for (String command : new String[] {"apply", "plan", "install", "doctor", "config"}) {
      CliHarness.Result r = new CliHarness(home).run(command, "--help");
      assertThat(r.exitCode()).as(command + ": " + r).isZero();
      assertThat(r.out()).as(command).contains("Usage: eden-skills " + command);
    }
  }
}
