package dev.edenskills.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.common.SafeDelete;
import dev.edenskills.testing.ApplyWorld;
import dev.edenskills.testing.ChildCli;
import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.InstallState;
import dev.edenskills.testing.TestRepos;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load (issue 7): 100 back-to-back applies at --concurrency 50 over 50 repositories, with targets
 * damaged and commits pushed between runs, always end in the same correct state; several processes
 * applying one config at once all succeed, serialized by the store lock.
 */
@Tag("slow")
class ApplyUnderLoadTest {
  static final int REPOS = 50;
  static final long SEED = 20261126L;

  @TempDir Path tmp;

  @Test
  void hundredBackToBackAppliesAtConcurrency50EndInTheSameCorrectState() throws Exception {
    try (ApplyWorld w = new ApplyWorld(tmp)) {
      for (int i = 0; i < REPOS; i++) {
        w.repoWithSkills("r" + i, 1);
        String mode = i % 3 == 0 ? "copy" : "symlink";
        w.skill(
            "r" + i + "-s0",
            w.server.url("r" + i),
            "main",
            "skills/r" + i + "-s0",
            mode,
            ApplyWorld.agents("claude-code", "cursor"));
      }
      Path lock = w.home.resolve("skills.lock");
      Random random = new Random(SEED);
      String expectedLock = null;
      int updates = 0;
      int damaged = 0;
      for (int run = 0; run < 100; run++) {
        List<String> args = new ArrayList<>(List.of("apply", "--concurrency", "50"));
        if (run % 10 == 5) {
          args.add("--update");
          updates++;
        }
        if (run == 50) {
          // New commits upstream for a third of the repos: the next --update moves them.
          for (int i = 0; i < REPOS; i += 3) {
            TestRepos.Repo repo = TestRepos.create(w.repos, "r" + i);
            repo.skill("skills/r" + i + "-s0", "r" + i + "-s0", "Skill 0 of r" + i);
            repo.file("skills/r" + i + "-s0/v2.md", "v2\n");
            repo.commit("v2");
          }
          expectedLock = null;
        }
        CliHarness.Result r = w.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as("run " + run + "\n" + r).isZero();
        for (int i = 0; i < REPOS; i++) {
          assertThat(w.claude("r" + i + "-s0").resolve("SKILL.md")).exists();
          assertThat(w.cursor("r" + i + "-s0").resolve("SKILL.md")).exists();
        }
        assertThat(InstallState.problems(w.home, w.home.resolve("store"), lock))
            .as("run " + run)
            .isEmpty();
        String now = Files.readString(lock);
        if (run > 55 && expectedLock == null) {
          expectedLock = now;
        } else if (run < 50 && expectedLock == null) {
          expectedLock = now;
        }
        if (expectedLock != null && run != 55) {
          assertThat(now).as("lock after run " + run).isEqualTo(expectedLock);
        }
        // Damage a few targets between runs; the next run must repair them.
        for (int k = 0; k < 3; k++) {
          int i = random.nextInt(REPOS);
          Path t = random.nextBoolean() ? w.claude("r" + i + "-s0") : w.cursor("r" + i + "-s0");
          if (Files.exists(t, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            SafeDelete.tree(t);
            damaged++;
          }
        }
      }
      assertThat(w.claude("r0-s0").resolve("v2.md")).exists();
      System.out.printf(
          "RELIABILITY load runs=100 concurrency=50 repos=%d update-runs=%d targets-damaged=%d"
              + " requests=%d max-in-flight=%d%n",
          REPOS, updates, damaged, w.server.requests(), w.server.maxInFlight());
    }
  }

  @Test
  void twoToFourProcessesApplyingOneConfigAllEndCorrectly() throws Exception {
    try (ApplyWorld w = new ApplyWorld(tmp)) {
      for (int i = 0; i < 12; i++) {
        w.repoWithSkills("p" + i, 1);
        w.skill(
            "p" + i + "-s0",
            w.server.url("p" + i),
            "main",
            "skills/p" + i + "-s0",
            i % 2 == 0 ? "copy" : "symlink",
            ApplyWorld.agents("claude-code"));
      }
      Path config = w.config();
      for (int processes : new int[] {2, 4}) {
        List<Process> running = new ArrayList<>();
        for (int k = 0; k < processes; k++) {
          running.add(ChildCli.start(w.home, "--config", config.toString(), "apply"));
        }
        for (Process p : running) {
          assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
          String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
          assertThat(p.exitValue()).as(err).isZero();
          assertThat(err).doesNotContainIgnoringCase("exception").doesNotContain("error[");
        }
        for (int i = 0; i < 12; i++) {
          assertThat(w.claude("p" + i + "-s0").resolve("SKILL.md")).exists();
        }
        assertThat(
                InstallState.problems(
                    w.home, w.home.resolve("store"), w.home.resolve("skills.lock")))
            .isEmpty();
        System.out.printf("RELIABILITY concurrent-processes n=%d all-exit-0%n", processes);
        // Start the next round from nothing installed and nothing in the store.
        SafeDelete.tree(w.home.resolve(".claude"));
        SafeDelete.tree(w.home.resolve("store"));
        Files.deleteIfExists(w.home.resolve("skills.lock"));
      }
    }
  }
}
