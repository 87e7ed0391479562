package dev.edenskills.maintain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edenskills.testing.ApplyWorld;
import dev.edenskills.testing.CliHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** remove: config entry, installs the tool made and lock entry go; the user's files stay. */
class RemoveUninstallsOnlyWhatItInstalledTest {
  @TempDir Path tmp;

  @Test
  void removesInstallsAndLockEntryButLeavesUserContent() throws Exception {
    try (ApplyWorld w = new ApplyWorld(tmp)) {
      w.repoWithSkills("a", 3);
      String url = w.server.url("a");
      w.skill(
              "a-s0",
              url,
              "main",
              "skills/a-s0",
              "symlink",
              ApplyWorld.agents("claude-code", "cursor"))
          .skill("a-s1", url, "main", "skills/a-s1", "copy", ApplyWorld.agents("claude-code"))
          .skill("a-s2", url, "main", "skills/a-s2", "symlink", ApplyWorld.agents("claude-code"));
      assertThat(w.run("apply").exitCode()).isZero();
      Path mineBeside = Files.writeString(w.home.resolve(".claude/skills/notes.md"), "mine");
      // the user swapped one installed target for their own directory
      Files.delete(w.cursor("a-s0"));
      Files.createDirectories(w.cursor("a-s0"));
      Files.writeString(w.cursor("a-s0").resolve("own.md"), "my version");

      Path config = w.config();
      CliHarness.Result json =
          w.cli.run("--config", config.toString(), "--json", "remove", "a-s0", "a-s1");
      assertThat(json.exitCode()).as(json.toString()).isZero();
      JsonNode doc = new ObjectMapper().readTree(json.out());
      assertThat(doc.path("action").asText()).isEqualTo("removed");
      assertThat(doc.path("uninstalled").toString())
          .contains(w.claude("a-s0").toString())
          .contains(w.claude("a-s1").toString());
      assertThat(doc.path("left").toString()).contains(w.cursor("a-s0").toString());
      assertThat(json.err()).contains("left " + w.cursor("a-s0"));

      assertThat(w.claude("a-s0")).doesNotExist();
      assertThat(w.claude("a-s1")).doesNotExist();
      assertThat(w.claude("a-s2").resolve("SKILL.md")).exists();
      assertThat(w.cursor("a-s0").resolve("own.md")).hasContent("my version");
      assertThat(mineBeside).hasContent("mine");
      assertThat(Files.readString(config))
          .doesNotContain("a-s0")
          .doesNotContain("a-s1")
          .contains("a-s2");
      String lock = Files.readString(w.home.resolve("skills.lock"));
      assertThat(lock).doesNotContain("a-s0").doesNotContain("a-s1").contains("a-s2");
      CliHarness.Result doctor = w.cli.run("--config", config.toString(), "--json", "doctor");
      assertThat(doctor.out()).doesNotContain("\"error\" : 1").contains("\"error\" : 0");
    }
  }

  @Test
  void keepFilesForgetsTheSkillButLeavesItsInstallsForGood() throws Exception {
    try (ApplyWorld w = new ApplyWorld(tmp)) {
      w.repoWithSkills("a", 2);
      w.firstSkill("a", "copy")
          .skill(
              "a-s1",
              w.server.url("a"),
              "main",
              "skills/a-s1",
              "copy",
              ApplyWorld.agents("claude-code"));
      assertThat(w.run("apply").exitCode()).isZero();
      Path config = w.config();
      CliHarness.Result keep =
          w.cli.run("--config", config.toString(), "remove", "a-s0", "--keep-files");
      assertThat(keep.exitCode()).as(keep.toString()).isZero();
      assertThat(w.claude("a-s0").resolve("SKILL.md")).exists();
      assertThat(Files.readString(w.home.resolve("skills.lock"))).doesNotContain("a-s0");
      CliHarness.Result apply = w.cli.run("--config", config.toString(), "apply");
      assertThat(apply.out()).contains("removed=0");
      assertThat(w.claude("a-s0").resolve("SKILL.md")).exists();
    }
  }

  @Test
  void unknownIdChangesNothing() throws Exception {
    try (ApplyWorld w = new ApplyWorld(tmp)) {
      w.repoWithSkills("a", 1);
      w.firstSkill("a", "symlink");
      assertThat(w.run("apply").exitCode()).isZero();
      Path config = w.config();
      String before = Files.readString(config);
      String lock = Files.readString(w.home.resolve("skills.lock"));
      CliHarness.Result r = w.cli.run("--config", config.toString(), "remove", "a-s0", "ghost");
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains("UNKNOWN_SKILL").contains("ghost");
      assertThat(Files.readString(config)).isEqualTo(before);
      assertThat(Files.readString(w.home.resolve("skills.lock"))).isEqualTo(lock);
      assertThat(Files.isSymbolicLink(w.claude("a-s0"))).isTrue();
    }
  }
}
