package dev.edenskills.maintain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edenskills.testing.ApplyWorld;
import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.TestRepos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** clean: old snapshots, unused repos and stale temps go; targets and what is in use stay. */
class CleanDeletesWhatNothingUsesTest {
  @TempDir Path tmp;

  @Test
  void dryRunListsExactlyWhatCleanThenDeletes() throws Exception {
    try (ApplyWorld w = new ApplyWorld(tmp)) {
      TestRepos.Repo a = w.repoWithSkills("a", 1);
      w.repoWithSkills("b", 1);
      w.firstSkill("a", "symlink").firstSkill("b", "copy");
      assertThat(w.run("apply").exitCode()).isZero();
      a.file("skills/a-s0/v2.md", "v2");
      a.commit("v2");
      assertThat(w.run("update").exitCode()).isZero(); // a's first snapshot is now unused
      w.clearSkills().firstSkill("a", "symlink");
      assertThat(w.run("apply").exitCode()).isZero(); // b is an orphan, removed: its repo is unused
      Path stale = Files.createDirectories(w.home.resolve("store/tmp/clone-x-1"));
      Files.writeString(stale.resolve("junk"), "12345");

      CliHarness.Result dry = w.run("--json", "clean", "--dry-run");
      assertThat(dry.exitCode()).as(dry.toString()).isZero();
      JsonNode planned = new ObjectMapper().readTree(dry.out());
      assertThat(planned.path("dry_run").asBoolean()).isTrue();
      List<String> kinds = planned.path("entries").findValuesAsText("kind");
      assertThat(kinds).contains("repo", "snapshot", "temp", "safety");
      assertThat(planned.path("bytes").asLong()).isPositive();
      List<String> paths = planned.path("entries").findValuesAsText("path");
      for (String p : paths) {
        assertThat(Path.of(p)).as("dry run deletes nothing").exists();
      }

      CliHarness.Result clean = w.run("--json", "clean");
      assertThat(clean.exitCode()).as(clean.toString()).isZero();
      JsonNode done = new ObjectMapper().readTree(clean.out());
      assertThat(done.path("entries")).isEqualTo(planned.path("entries"));
      assertThat(done.path("bytes").asLong()).isEqualTo(planned.path("bytes").asLong());
      for (String p : paths) {
        assertThat(Path.of(p)).doesNotExist();
      }

      assertThat(w.claude("a-s0").resolve("v2.md")).hasContent("v2");
      List<String> errors = new ArrayList<>();
      new ObjectMapper()
          .readTree(w.run("--json", "doctor").out())
          .path("findings")
          .forEach(f -> errors.add(f.path("severity").asText() + " " + f.path("code").asText()));
      assertThat(errors).noneMatch(e -> e.startsWith("error"));
      w.server.reset();
      CliHarness.Result apply = w.run("apply");
      assertThat(apply.out()).contains("noop=1");
      assertThat(w.server.requests()).as("what is in use was kept").isZero();
      assertThat(w.run("clean").out()).contains("clean: deleted 0 entries");
    }
  }
}
