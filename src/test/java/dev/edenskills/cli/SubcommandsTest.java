package dev.edenskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.CliHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SubcommandsTest {
  @TempDir Path home;

  private static Optional<String> named(String... args) {
    return Subcommands.named(new CommandLine(EdenCommand.class).getCommandSpec(), args);
  }

  @Test
  void theCommandNameIsTheFirstArgumentThatIsNotAGlobalOption() {
    assertThat(named("--config", "apply", "plan")).contains("plan");
    assertThat(named("-v", "--json", "apply", "--force")).contains("apply");
    assertThat(named("--config=/x", "list")).contains("list");
    assertThat(named("--color", "never")).isEmpty();
    assertThat(named("--color", "never", "--strict", "doctor")).contains("doctor");
    assertThat(named("--", "apply")).isEmpty();
  }

  @Test
  void everyRootOptionThatTakesAValueIsSkippedWithItsValue() {
    // Derived from picocli's model: each value-taking option, followed by a value that happens to
    // be a command's name, must not be mistaken for the command.
    CommandLine root = new CommandLine(EdenCommand.class);
    List<String> withValue =
        root.getCommandSpec().options().stream()
            .filter(o -> o.arity().max() > 0)
            .flatMap(o -> Stream.of(o.names()))
            .toList();
    assertThat(withValue).contains("--config", "--color");
    for (String option : withValue) {
      assertThat(Subcommands.named(root.getCommandSpec(), new String[] {option, "apply", "list"}))
          .as(option)
          .contains("list");
    }
  }

  @Test
  void theVersionAfterAConfigOptionIsWhatPicocliPrints() {
    CliHarness cli = new CliHarness(home);
    // --json forces the full picocli path; the short cut must print the same.
    String full = cli.run("--json", "--version").out();
    assertThat(full).contains("eden-skills");
    assertThat(cli.run("--config", "/nowhere/skills.toml", "--version").out()).isEqualTo(full);
    assertThat(cli.run("--config=/nowhere/skills.toml", "-V").out()).isEqualTo(full);
    assertThat(Cli.onlyAsksForTheVersion(new String[] {"--config", "x", "--version"})).isTrue();
    assertThat(Cli.onlyAsksForTheVersion(new String[] {"--config", "--version"})).isFalse();
    assertThat(Cli.onlyAsksForTheVersion(new String[] {"--config", "x"})).isFalse();
    assertThat(Cli.onlyAsksForTheVersion(new String[] {"--color", "bad", "--version"})).isFalse();
    assertThat(Cli.onlyAsksForTheVersion(new String[] {"--version", "apply"})).isFalse();
  }

  @Test
  void aConfigOptionBeforeTheCommandStillRunsTheNamedCommand() throws Exception {
    Path config = home.resolve("skills.toml");
    Files.writeString(config, "version = 1\n");
    CliHarness.Result r = new CliHarness(home).run("--config", config.toString(), "list");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    CliHarness.Result help = new CliHarness(home).run("--config", config.toString(), "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("apply", "install", "doctor");
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
