package dev.edenskills.maintain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edenskills.testing.ApplyWorld;
import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.TestRepos;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** update: a pushed commit is installed for the skills of that repo only, and locked. */
class UpdatePicksUpNewCommitsTest {
  @TempDir Path tmp;

  @Test
  void newCommitChangesOnlyThatReposSkillsAndTheNextApplyIsOffline() throws Exception {
    try (ApplyWorld w = new ApplyWorld(tmp)) {
      TestRepos.Repo a = w.repoWithSkills("a", 2);
      TestRepos.Repo b = w.repoWithSkills("b", 1);
      String a1 = a.head();
      String b1 = b.head();
      w.firstSkill("a", "symlink")
          .skill(
              "a-s1",
              w.server.url("a"),
              "main",
              "skills/a-s1",
              "copy",
              ApplyWorld.agents("claude-code"))
          .firstSkill("b", "copy");
      assertThat(w.run("apply").exitCode()).isZero();
      Path bCopy = w.claude("b-s0").resolve("SKILL.md");
      long bModified = Files.getLastModifiedTime(bCopy).toMillis();

      a.file("skills/a-s1/notes.md", "new in v2");
      String a2 = a.commit("v2");

      CliHarness.Result text = w.run("update");
      assertThat(text.exitCode()).as(text.toString()).isZero();
      assertThat(text.out())
          .containsPattern("a-s0\\s+" + a1.substring(0, 7) + " -> " + a2.substring(0, 7))
          .containsPattern("a-s1\\s+" + a1.substring(0, 7) + " -> " + a2.substring(0, 7))
          .containsPattern("b-s0\\s+" + b1.substring(0, 7) + " \\(unchanged\\)")
          .contains("update: updated=2 unchanged=1 installed=0 failed=0");
      assertThat(w.claude("a-s1").resolve("notes.md")).hasContent("new in v2");
      assertThat(w.claude("a-s0").resolve("notes.md")).doesNotExist();
      assertThat(Files.readString(w.claude("a-s0").resolve("SKILL.md"))).contains("a-s0");
      assertThat(Files.getLastModifiedTime(bCopy).toMillis()).isEqualTo(bModified);
      String lock = Files.readString(w.home.resolve("skills.lock"));
      assertThat(lock).contains(a2).contains(b1).doesNotContain(a1);

      w.server.reset();
      CliHarness.Result again = w.run("--json", "apply");
      assertThat(again.exitCode()).as(again.toString()).isZero();
      JsonNode doc = new ObjectMapper().readTree(again.out());
      doc.path("actions").forEach(e -> assertThat(e.path("action").asText()).isEqualTo("noop"));
      assertThat(doc.path("actions")).hasSize(3);
      assertThat(w.server.requests()).as("apply after update needs no network").isZero();
    }
  }

  @Test
  void jsonNamesOldAndNewCommitsAndUnknownIdsAreUsageErrors() throws Exception {
    try (ApplyWorld w = new ApplyWorld(tmp)) {
      TestRepos.Repo a = w.repoWithSkills("a", 1);
      String a1 = a.head();
      w.firstSkill("a", "copy");
      assertThat(w.run("apply").exitCode()).isZero();
      String lock = Files.readString(w.home.resolve("skills.lock"));

      w.server.reset();
      CliHarness.Result unknown = w.run("update", "a-s0", "ghost");
      assertThat(unknown.exitCode()).isEqualTo(2);
      assertThat(unknown.err()).contains("error[UNKNOWN_SKILL]").contains("ghost");
      assertThat(w.server.requests()).isZero();
      assertThat(Files.readString(w.home.resolve("skills.lock"))).isEqualTo(lock);

      a.file("skills/a-s0/more.md", "more");
      String a2 = a.commit("v2");
      CliHarness.Result json = w.run("--json", "update", "a-s0");
      assertThat(json.exitCode()).as(json.toString()).isZero();
      JsonNode doc = new ObjectMapper().readTree(json.out());
      JsonNode skill = doc.path("skills").get(0);
      assertThat(skill.path("id").asText()).isEqualTo("a-s0");
      assertThat(skill.path("old_commit").asText()).isEqualTo(a1);
      assertThat(skill.path("new_commit").asText()).isEqualTo(a2);
      assertThat(skill.path("status").asText()).isEqualTo("updated");
      assertThat(doc.path("summary").path("updated").asInt()).isEqualTo(1);
      assertThat(doc.path("apply").path("sync").path("updated").asInt()).isEqualTo(1);
    }
  }
}
