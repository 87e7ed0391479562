package dev.edenskills.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.ApplyWorld;
import dev.edenskills.testing.CliHarness;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C of a real process during Phase A: exit 130 promptly, nothing half-written. */
class ApplyStopsCleanlyOnCtrlCTest {
  @TempDir Path tmp;

  @Test
  void sigintDuringPhaseAExits130AndTheNextApplyConverges() throws Exception {
    try (ApplyWorld w = new ApplyWorld(tmp)) {
      for (int r = 0; r < 6; r++) {
        w.repoWithSkills("slow" + r, 1);
        w.skill(
            "slow" + r + "-s0",
            w.server.url("slow" + r),
            "main",
            "skills/slow" + r + "-s0",
            "copy",
            ApplyWorld.agents("claude-code"));
      }
      Path config = w.config();
      w.server.latency(3_000);
      Process p = launch(w.home, "--config", config.toString(), "apply", "--concurrency", "2");
      BufferedReader err =
          new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line; (line = err.readLine()) != null; ) {
        lines.add(line);
        if (line.startsWith("downloading")) {
          break;
        }
      }
      assertThat(lines).as("stderr so far").anyMatch(l -> l.startsWith("downloading"));
      long sent = System.nanoTime();
      new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
      // Generous bound for a loaded CI machine; the time it took is what the contract measures.
      boolean ended = p.waitFor(60, TimeUnit.SECONDS);
      long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
      if (!ended) {
        p.destroyForcibly();
      }
      String rest = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(ended).as("process ended after SIGINT; stderr:%n%s", rest).isTrue();
      assertThat(p.exitValue()).as(rest).isEqualTo(130);
      assertThat(rest).contains("interrupted");
      System.out.printf("SIGINT to exit: %d ms%n", tookMs);

      // Nothing half-written: no temp entries in the store, no target, no lock.
      try (Stream<Path> leftovers = Files.list(w.home.resolve("store/tmp"))) {
        assertThat(leftovers).isEmpty();
      } catch (java.nio.file.NoSuchFileException e) {
        // never created: fine
      }
      assertThat(w.home.resolve(".claude/skills/slow0-s0")).doesNotExist();

      w.server.latency(0);
      CliHarness.Result again = w.run("apply");
      assertThat(again.exitCode()).as(again.toString()).isZero();
      assertThat(w.claude("slow5-s0").resolve("SKILL.md")).exists();
    }
  }

  /** The CLI in a child JVM: the test JVM's own java and class path. */
  static Process launch(Path home, String... args) throws Exception {
    String java = ProcessHandle.current().info().command().orElseThrow();
    // A shell that starts jobs in the background (as CI runners may) leaves SIGINT ignored,
    // and the JVM keeps an ignored SIGINT ignored: restore the default a terminal would give.
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "env",
                "--default-signal=INT",
                java,
                "--enable-preview",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.edenskills.Main"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("HOME", home.toString());
    pb.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    return pb.start();
  }
}
