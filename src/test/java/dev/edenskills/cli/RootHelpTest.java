package dev.edenskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.CliHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Help.Ansi;

/**
 * The root help is printed from texts the build stored (see {@link RootHelp}): they must be exactly
 * what picocli renders from the commands as they are now, plain and coloured.
 */
class RootHelpTest {
  @TempDir Path home;

  @Test
  void storedTextsAreWhatPicocliRendersNow() {
    assertThat(RootHelp.stored(RootHelp.PLAIN)).contains(RootHelp.render(Ansi.OFF));
    assertThat(RootHelp.stored(RootHelp.ANSI)).contains(RootHelp.render(Ansi.ON));
    assertThat(RootHelp.render(Ansi.ON)).as("the coloured text has colours").contains("\u001b[");
  }

  @Test
  void helpAloneOrAfterConfigIsAnsweredFromTheStoredTextUnchanged() {
    String stored = RootHelp.stored(RootHelp.PLAIN).orElseThrow();
    CliHarness cli = new CliHarness(home);
    for (String[] args :
        new String[][] {
          {"--help"}, {"-h"}, {"--config", "nowhere.toml", "--help"}, {"--config=x.toml", "-h"}
        }) {
      CliHarness.Result r = cli.run(args);
      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).isEqualTo(stored);
      assertThat(r.err()).isEmpty();
    }
    assertThat(stored).contains("Usage: eden-skills").contains("apply").contains("doctor");
  }

  @Test
  void onlyAlonePlainHelpTakesTheShortcut() {
    assertThat(RootHelp.onlyAsksForIt(new String[] {"--help"})).isTrue();
    assertThat(RootHelp.onlyAsksForIt(new String[] {"--config", "x", "-h"})).isTrue();
    assertThat(RootHelp.onlyAsksForIt(new String[] {"apply", "--help"})).isFalse();
    assertThat(RootHelp.onlyAsksForIt(new String[] {"--json", "--help"})).isFalse();
    assertThat(RootHelp.onlyAsksForIt(new String[] {"--config", "--help"})).isFalse();
    assertThat(RootHelp.onlyAsksForIt(new String[] {})).isFalse();
  }
}
