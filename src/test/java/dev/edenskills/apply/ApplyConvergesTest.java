package dev.edenskills.apply;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edenskills.testing.ApplyWorld;
import dev.edenskills.testing.CliHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue: 20 skills, several repos, two agents, both modes; the second apply needs no network. */
class ApplyConvergesTest {
  @TempDir Path tmp;

  @Test
  void installsEverythingThenReappliesWithoutNetwork() throws Exception {
    try (ApplyWorld w = new ApplyWorld(tmp)) {
      for (int r = 0; r < 4; r++) {
        String repo = "repo" + r;
        w.repoWithSkills(repo, 5);
        for (int i = 0; i < 5; i++) {
          String id = repo + "-s" + i;
          w.skill(
              id,
              w.server.url(repo),
              "main",
              "skills/" + id,
              (i % 2 == 0) ? "symlink" : "copy",
              ApplyWorld.agents("claude-code", "cursor"));
        }
      }
      CliHarness.Result first = w.run("apply");
      assertThat(first.exitCode()).as(first.toString()).isZero();
      assertThat(first.out())
          .contains("source sync: cloned=20 updated=0 skipped=0 failed=0")
          .contains("install: create=40 update=0 noop=0 conflict=0 removed=0")
          .contains("verify: passed=40 failed=0");
      assertThat(w.server.requests()).isPositive();
      for (int r = 0; r < 4; r++) {
        for (int i = 0; i < 5; i++) {
          String id = "repo" + r + "-s" + i;
          for (Path target : new Path[] {w.claude(id), w.cursor(id)}) {
            assertThat(target.resolve("SKILL.md")).content().contains("name: " + id);
            assertThat(Files.isSymbolicLink(target)).isEqualTo(i % 2 == 0);
          }
        }
      }
      Path lock = w.home.resolve("skills.lock");
      String lockText = Files.readString(lock);
      assertThat(lockText)
          .contains("id = \"repo3-s4\"")
          .containsPattern("commit = \"[0-9a-f]{40}\"");

      w.server.reset();
      CliHarness.Result second = w.run("--json", "apply");
      assertThat(second.exitCode()).as(second.toString()).isZero();
      JsonNode json = new ObjectMapper().readTree(second.out());
      assertThat(json.path("sync").path("skipped").asInt()).isEqualTo(20);
      assertThat(json.path("sync").path("cloned").asInt()).isZero();
      assertThat(json.path("actions")).hasSize(40);
      json.path("actions")
          .forEach(a -> assertThat(a.path("action").asText()).as(a.toString()).isEqualTo("noop"));
      assertThat(json.path("verify").path("passed").asInt()).isEqualTo(40);
      assertThat(json.has("elapsed_ms")).isTrue();
      assertThat(w.server.requests()).as("network requests on an unchanged re-apply").isZero();
      assertThat(Files.readString(lock)).as("an idle apply rewrites nothing").isEqualTo(lockText);
    }
  }
}
