package dev.edenskills.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.ApplyWorld;
import dev.edenskills.testing.CliHarness;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed sync keeps the exception behind its one-line detail: {@code -v} prints the cause chain
 * with stack traces under the failure line; without {@code -v} the line stays alone.
 */
class VerboseShowsWhyASyncFailedTest {
  @TempDir Path tmp;

  @Test
  void aRefusedConnectionShowsItsCauseOnlyWithVerbose() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    try (ApplyWorld w = new ApplyWorld(tmp)) {
      w.reactor("[reactor]\nretries = 0\n")
          .skill(
              "gone",
              "http://127.0.0.1:" + closedPort + "/gone.git",
              "main",
              ".",
              "symlink",
              ApplyWorld.agents("claude-code"));

      CliHarness.Result quiet = w.run("apply");
      assertThat(quiet.exitCode()).as(quiet.toString()).isEqualTo(1);
      assertThat(quiet.err()).contains("failed skill=gone stage=clone");
      assertThat(quiet.err()).doesNotContain("Caused by").doesNotContain("\tat ");

      CliHarness.Result verbose = w.run("-v", "apply");
      assertThat(verbose.exitCode()).as(verbose.toString()).isEqualTo(1);
      assertThat(verbose.err())
          .contains("failed skill=gone stage=clone")
          .contains("StageFailure")
          .contains("Caused by")
          .contains("ConnectException")
          .contains("at org.eclipse.jgit");

      // the exception is for people reading -v, not part of the JSON document
      CliHarness.Result json = w.run("--json", "-v", "apply");
      assertThat(json.out()).contains("\"detail\"").doesNotContain("stackTrace");
    }
  }
}
