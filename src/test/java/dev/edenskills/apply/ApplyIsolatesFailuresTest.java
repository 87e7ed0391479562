package dev.edenskills.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.ApplyWorld;
import dev.edenskills.testing.CliHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One failing skill never stops the others (SPEC_REACTOR §7). */
class ApplyIsolatesFailuresTest {
  @TempDir Path tmp;

  @Test
  void missingRepoAndCutConnectionFailAloneTheRestInstalls() throws Exception {
    try (ApplyWorld w = new ApplyWorld(tmp)) {
      w.reactor("[reactor]\nretries = 0\ntimeout_secs = 20\n");
      for (int r = 0; r < 3; r++) {
        w.repoWithSkills("good" + r, 6);
        for (int i = 0; i < 6; i++) {
          String id = "good" + r + "-s" + i;
          w.skill(
              id,
              w.server.url("good" + r),
              "main",
              "skills/" + id,
              "symlink",
              ApplyWorld.agents("claude-code"));
        }
      }
      // A big blob so the pack is cut mid-transfer.
      var cut = w.repoWithSkills("cut", 1);
      byte[] noise = new byte[400_000];
      new java.util.Random(7).nextBytes(noise); // incompressible, so the pack is really large
      cut.file("skills/cut-s0/blob.bin", noise);
      cut.commit("big");
      w.server.cutAfter("cut", 2_000);
      w.firstSkill("cut", "symlink");
      w.skill(
          "ghost",
          w.server.url("does-not-exist"),
          "main",
          ".",
          "symlink",
          ApplyWorld.agents("claude-code"));

      CliHarness.Result r = w.run("apply");
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
      assertThat(r.out()).contains("source sync: cloned=18 updated=0 skipped=0 failed=2");
      assertThat(r.out()).contains("verify: passed=18 failed=0");
      assertThat(r.err())
          .containsPattern("skill=cut-s0 stage=clone repo=\\S+ detail=.+")
          .containsPattern("skill=ghost stage=clone repo=\\S+ detail=.*not found.*");
      assertThat(w.claude("good2-s5").resolve("SKILL.md")).exists();
      assertThat(w.claude("cut-s0")).doesNotExist();
      assertThat(w.claude("ghost")).doesNotExist();
      // Nothing half-written in the store.
      try (var tmpEntries = Files.list(w.home.resolve("store/tmp"))) {
        assertThat(tmpEntries).isEmpty();
      } catch (java.nio.file.NoSuchFileException e) {
        // no tmp dir at all is fine too
      }
    }
  }

  @Test
  void allFailingGivesOneDiagnosticPerSkillInConfigOrder() throws Exception {
    try (ApplyWorld w = new ApplyWorld(tmp)) {
      w.reactor("[reactor]\nretries = 0\n");
      for (String id : new String[] {"zeta", "alpha", "mid"}) {
        w.skill(
            id,
            w.server.url("missing-" + id),
            "main",
            ".",
            "symlink",
            ApplyWorld.agents("claude-code"));
      }
      CliHarness.Result r = w.run("apply");
      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.err().lines().filter(l -> l.contains("skill=")).toList())
          .hasSize(3)
          .satisfiesExactly(
              l -> assertThat(l).contains("skill=zeta"),
              l -> assertThat(l).contains("skill=alpha"),
              l -> assertThat(l).contains("skill=mid"));
    }
  }
}
