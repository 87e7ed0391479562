package dev.edenskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.CliHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubcommandsTest {
  @TempDir Path home;

  @Test
  void theCommandNameIsTheFirstArgumentThatIsNotAGlobalOption() {
    assertThat(Subcommands.named(new String[] {"--config", "apply", "plan"})).contains("plan");
    assertThat(Subcommands.named(new String[] {"-v", "--json", "apply", "--force"}))
        .contains("apply");
    assertThat(Subcommands.named(new String[] {"--config=/x", "list"})).contains("list");
    assertThat(Subcommands.named(new String[] {"--color", "never"})).isEmpty();
    assertThat(Subcommands.named(new String[] {"--", "apply"})).isEmpty();
  }

  @Test
  void rootHelpStillListsEveryCommandAndUnknownNamesGetSuggestions() {
    CliHarness cli = new CliHarness(home);
    CliHarness.Result help = cli.run("--help");
    assertThat(help.out()).contains("apply", "install", "doctor", "completion", "clean");
    CliHarness.Result typo = cli.run("aply");
    assertThat(typo.exitCode()).isEqualTo(2);
    assertThat(typo.err()).contains("apply");
    CliHarness.Result helpApply = cli.run("help", "apply");
    assertThat(helpApply.exitCode()).isZero();
    assertThat(helpApply.out()).contains("Usage: eden-skills apply");
  }
}
