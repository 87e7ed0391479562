package dev.edenskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.ApplyWorld;
import dev.edenskills.testing.CliHarness;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Error that escapes a command (picocli lets Errors through), e.g. a VirtualMachineError the
 * reactor no longer swallows, ends the run as an internal error: one line, the please-report hint,
 * exit 1, the stack only with {@code -v}; never a bare stack trace from the main thread.
 */
class AnErrorEscapingACommandIsReportedTest {
  @TempDir Path tmp;

  /** Standard input that fails the way a JVM out of memory fails the thread reading it. */
  private static final class OutOfMemoryInput extends Reader {
    @Override
    public int read(char[] buf, int off, int len) {
      throw new OutOfMemoryError("Java heap space");
    }

    @Override
    public void close() {}
  }

  private static CliHarness.Result run(CliHarness harness, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        new Cli(harness.environment(), new OutOfMemoryInput())
            .run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliHarness.Result(code, out.toString(), err.toString());
  }

  @Test
  void anOutOfMemoryErrorInACommandIsAnInternalErrorWithExitOne() throws Exception {
    try (ApplyWorld w = new ApplyWorld(tmp)) {
      w.repoWithSkills("a", 1);
      w.firstSkill("a", "symlink");
      String config = w.config().toString();
      CliHarness terminal = w.cli.interactive(true);

      // remove without ids asks on the terminal: reading the answer runs out of memory
      CliHarness.Result quiet = run(terminal, "--config", config, "remove");
      assertThat(quiet.exitCode()).as(quiet.toString()).isEqualTo(1);
      assertThat(quiet.err())
          .contains("error[INTERNAL] java.lang.OutOfMemoryError: Java heap space")
          .contains("hint: this is a bug in eden-skills, please report it")
          .doesNotContain("\tat ");

      CliHarness.Result verbose = run(terminal, "-v", "--config", config, "remove");
      assertThat(verbose.exitCode()).as(verbose.toString()).isEqualTo(1);
      assertThat(verbose.err()).contains("OutOfMemoryError").contains("\tat ");
    }
  }
}
