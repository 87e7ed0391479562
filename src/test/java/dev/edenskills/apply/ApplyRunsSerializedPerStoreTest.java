package dev.edenskills.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.ApplyWorld;
import dev.edenskills.testing.CliHarness;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two applies on one store at once both end correctly, one after the other. */
class ApplyRunsSerializedPerStoreTest {
  @TempDir Path tmp;

  @Test
  void twoConcurrentAppliesBothSucceed() throws Exception {
    try (ApplyWorld w = new ApplyWorld(tmp)) {
      for (int r = 0; r < 5; r++) {
        w.repoWithSkills("p" + r, 2);
        for (int i = 0; i < 2; i++) {
          String id = "p" + r + "-s" + i;
          w.skill(
              id,
              w.server.url("p" + r),
              "main",
              "skills/" + id,
              i == 0 ? "symlink" : "copy",
              ApplyWorld.agents("claude-code"));
        }
      }
      // Written once: ApplyWorld.run rewrites the config, which races with the other apply's read.
      String config = w.config().toString();
      w.server.latency(50);
      Callable<CliHarness.Result> apply = () -> w.cli.run("--config", config, "apply");
      try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
        Future<CliHarness.Result> a = pool.submit(apply);
        Future<CliHarness.Result> b = pool.submit(apply);
        CliHarness.Result ra = a.get();
        CliHarness.Result rb = b.get();
        assertThat(ra.exitCode()).as(ra.toString()).isZero();
        assertThat(rb.exitCode()).as(rb.toString()).isZero();
        // One of them ran second and found everything in place.
        assertThat(ra.out() + rb.out()).contains("noop=10");
      }
      for (int r = 0; r < 5; r++) {
        assertThat(w.claude("p" + r + "-s1").resolve("SKILL.md")).exists();
      }
    }
  }
}
