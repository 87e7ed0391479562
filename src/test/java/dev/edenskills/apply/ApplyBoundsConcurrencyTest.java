package dev.edenskills.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.ApplyWorld;
import dev.edenskills.testing.CliHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ARC-002/ARC-004 measured at the server: how many requests it sees at once. */
class ApplyBoundsConcurrencyTest {
  @TempDir Path tmp;

  @Test
  void concurrencyOneIsStrictlySerialAndTenAllowsTen() throws Exception {
    try (ApplyWorld w = new ApplyWorld(tmp)) {
      for (int r = 0; r < 30; r++) {
        String repo = "r" + r;
        w.repoWithSkills(repo, 1);
        w.skill(
            repo + "-s0",
            w.server.url(repo),
            "main",
            "skills/" + repo + "-s0",
            "symlink",
            ApplyWorld.agents("claude-code"));
      }
      w.server.latency(150);
      CliHarness.Result ten = w.run("apply", "--concurrency", "10");
      assertThat(ten.exitCode()).as(ten.toString()).isZero();
      assertThat(w.server.maxInFlight()).isEqualTo(10);

      w.server.reset();
      w.server.latency(20);
      CliHarness.Result serial = w.run("apply", "--update", "--concurrency", "1");
      assertThat(serial.exitCode()).as(serial.toString()).isZero();
      assertThat(serial.out()).contains("updated=30");
      assertThat(w.server.maxInFlight()).isEqualTo(1);
    }
  }

  @Test
  void concurrencyOutsideRangeIsAUsageError() throws Exception {
    try (ApplyWorld w = new ApplyWorld(tmp)) {
      CliHarness.Result r = w.run("apply", "--concurrency", "0");
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains("INVALID_CONCURRENCY");
    }
  }
}
