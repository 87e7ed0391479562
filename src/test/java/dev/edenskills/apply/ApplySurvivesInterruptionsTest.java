package dev.edenskills.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.ChildCli;
import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.InstallState;
import dev.edenskills.testing.TestRepos;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interruptions of a real process (issue 7): Ctrl-C during Phase B, SIGKILL in the middle of an
 * apply. Ctrl-C ends with 130 quickly and leaves a consistent state; after a kill the next apply
 * clears the stale temps and converges.
 */
@Tag("slow")
class ApplySurvivesInterruptionsTest {
  static final int SKILLS = 300;

  @TempDir Path tmp;

  @Test
  void sigintDuringPhaseBExits130AndLeavesNoHalfWrittenTarget() throws Exception {
    Path home = Files.createDirectories(tmp.resolve("home"));
    Path config = manyCopies(home);
    Process p = ChildCli.start(home, "--config", config.toString(), "apply");
    StringBuilder errLog = waitForFirstTarget(home, p);
    long sent = System.nanoTime();
    new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("process ended").isTrue();
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
    Thread.sleep(200); // let the drain thread read the last lines
    String err;
    synchronized (errLog) {
      err = errLog.toString();
    }
    int installed = countInstalled(home);
    System.out.printf(
        "RELIABILITY sigint-phase-b exit=%d took=%dms installed-before-stop=%d/%d%n",
        p.exitValue(), tookMs, installed, SKILLS);
    assertThat(p.exitValue()).as(err).isEqualTo(130);
    // The contract's 2 s, plus slack for a loaded CI machine; a safety net, not a benchmark.
    assertThat(tookMs).isLessThan(8_000);
    assertThat(installed).as("stopped before the end").isLessThan(SKILLS);
    assertThat(InstallState.problems(home, home.resolve("store"), home.resolve("skills.lock")))
        .isEmpty();

    CliHarness.Result again = new CliHarness(home).run("--config", config.toString(), "apply");
    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(countInstalled(home)).isEqualTo(SKILLS);
    assertThat(InstallState.problems(home, home.resolve("store"), home.resolve("skills.lock")))
        .isEmpty();
  }

  @Test
  void sigkillMidApplyIsCleanedUpAndConvergedByTheNextApply() throws Exception {
    int kills = 0;
    int staleSeen = 0;
    for (int round = 0; round < 2; round++) {
      Path home = Files.createDirectories(tmp.resolve("home" + round));
      Path config = manyCopies(home);
      Process p = ChildCli.start(home, "--config", config.toString(), "apply");
      waitForFirstTarget(home, p);
      // Different moments in Phase B for each round.
      Thread.sleep(50L * round);
      p.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
      kills++;
      // A kill can land mid-rename or mid-copy: plant the worst leftovers too, so the cleanup is
      // always exercised (a temp copy beside a target, a half-built snapshot in the store).
      Path root = home.resolve(".claude/skills");
      Files.createDirectories(root.resolve(".eden-tmp-s0-new-killed/sub"));
      Files.writeString(root.resolve(".eden-tmp-s0-new-killed/sub/half.md"), "half");
      Files.createDirectories(home.resolve("store/tmp/snapshot-killed/a"));
      staleSeen += InstallState.temps(home, home.resolve("store")).size();
      assertThat(
              InstallState.problemsIgnoringTemps(
                  home, home.resolve("store"), home.resolve("skills.lock")))
          .as("a kill never leaves a half-written target or snapshot")
          .isEmpty();

      CliHarness.Result again = new CliHarness(home).run("--config", config.toString(), "apply");
      assertThat(again.exitCode()).as(again.toString()).isZero();
      assertThat(countInstalled(home)).isEqualTo(SKILLS);
      assertThat(InstallState.temps(home, home.resolve("store"))).isEmpty();
      assertThat(InstallState.problems(home, home.resolve("store"), home.resolve("skills.lock")))
          .isEmpty();
    }
    System.out.printf("RELIABILITY sigkill kills=%d stale-temps-cleaned=%d%n", kills, staleSeen);
  }

  /** A local source of {@link #SKILLS} skills with some bulk each, installed by copy. */
  static Path manyCopies(Path home) throws Exception {
    Path src = Files.createDirectories(home.resolve("src"));
    StringBuilder toml = new StringBuilder("version = 1\n[storage]\nroot = \"~/store\"\n");
    byte[] bulk = new byte[32 * 1024];
    new java.util.Random(3).nextBytes(bulk);
    for (int i = 0; i < SKILLS; i++) {
      String id = "s" + i;
      Path dir = src.resolve(id);
      TestRepos.skill(dir, id, "Skill " + i);
      for (int f = 0; f < 3; f++) {
        Files.write(dir.resolve("data" + f + ".bin"), bulk);
      }
      toml.append(
          """
          [[skills]]
          id = "%s"
          [skills.source]
          repo = "./src"
          subpath = "%s"
          [skills.install]
          mode = "copy"
          [[skills.targets]]
          agent = "claude-code"
          """
              .formatted(id, id));
    }
    return Files.writeString(home.resolve("skills.toml"), toml);
  }

  static int countInstalled(Path home) {
    int n = 0;
    for (int i = 0; i < SKILLS; i++) {
      if (Files.isRegularFile(home.resolve(".claude/skills/s" + i + "/SKILL.md"))) {
        n++;
      }
    }
    return n;
  }

  /** Blocks until Phase B has installed its first target (or the process ended). */
  static StringBuilder waitForFirstTarget(Path home, Process p) throws Exception {
    Path first = home.resolve(".claude/skills/s0/SKILL.md");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    // Drain stderr in the background so the child never blocks on a full pipe.
    StringBuilder err = new StringBuilder();
    Thread drain =
        Thread.ofVirtual()
            .start(
                () -> {
                  try (BufferedReader r =
                      new BufferedReader(
                          new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                      synchronized (err) {
                        err.append(line).append('\n');
                      }
                    }
                  } catch (java.io.IOException e) {
                    // process gone
                  }
                });
    while (!Files.exists(first) && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(2);
    }
    assertThat(p.isAlive()).as("still running after the first install: " + err).isTrue();
    assertThat(drain).isNotNull();
    return err;
  }
}
