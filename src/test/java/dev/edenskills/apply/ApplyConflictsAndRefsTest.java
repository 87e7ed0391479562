package dev.edenskills.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.ApplyWorld;
import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.TestRepos;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ownership, refs and orphans. */
class ApplyConflictsAndRefsTest {
  @TempDir Path tmp;

  @Test
  void usersOwnDirectoryIsAConflictUntilForced() throws Exception {
    try (ApplyWorld w = new ApplyWorld(tmp)) {
      w.repoWithSkills("a", 1);
      w.firstSkill("a", "symlink");
      Path mine = Files.createDirectories(w.claude("a-s0"));
      Files.writeString(mine.resolve("notes.md"), "my own work");

      CliHarness.Result plain = w.run("apply");
      assertThat(plain.exitCode()).as(plain.toString()).isZero();
      assertThat(plain.out()).contains("conflict=1");
      assertThat(plain.err()).contains("conflict at").contains("--force");
      assertThat(mine.resolve("notes.md")).hasContent("my own work");

      CliHarness.Result strict = w.run("--strict", "apply");
      assertThat(strict.exitCode()).isEqualTo(3);
      assertThat(mine.resolve("notes.md")).hasContent("my own work");

      CliHarness.Result forced = w.run("apply", "--force");
      assertThat(forced.exitCode()).as(forced.toString()).isZero();
      assertThat(Files.isSymbolicLink(w.claude("a-s0"))).isTrue();
      assertThat(w.claude("a-s0").resolve("SKILL.md")).exists();
    }
  }

  @Test
  void branchTagAndShaRefsWorkAndEditingARefMovesTheInstall() throws Exception {
    try (ApplyWorld w = new ApplyWorld(tmp)) {
      TestRepos.Repo repo = w.repoWithSkills("refs", 1);
      String v1 = repo.head();
      repo.tag("v1", v1);
      repo.file("skills/refs-s0/extra.md", "second version");
      String v2 = repo.commit("v2");
      repo.annotatedTag("v2", v2);
      String url = w.server.url("refs");
      w.skill("by-branch", url, "main", "skills/refs-s0", "copy", ApplyWorld.agents("claude-code"))
          .skill("by-tag", url, "v1", "skills/refs-s0", "copy", ApplyWorld.agents("claude-code"))
          .skill("by-sha", url, v1, "skills/refs-s0", "copy", ApplyWorld.agents("claude-code"))
          .skill(
              "by-atag", url, "v2", "skills/refs-s0", "symlink", ApplyWorld.agents("claude-code"));
      CliHarness.Result r = w.run("apply");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(w.claude("by-branch").resolve("extra.md")).exists();
      assertThat(w.claude("by-tag").resolve("extra.md")).doesNotExist();
      assertThat(w.claude("by-sha").resolve("extra.md")).doesNotExist();
      assertThat(w.claude("by-atag").resolve("extra.md")).exists();
      String lock = Files.readString(w.home.resolve("skills.lock"));
      assertThat(lock).contains(v1).contains(v2);

      // Edit a ref: by-tag moves from v1 to v2.
      w.clearSkills()
          .skill(
              "by-branch", url, "main", "skills/refs-s0", "copy", ApplyWorld.agents("claude-code"))
          .skill("by-tag", url, "v2", "skills/refs-s0", "copy", ApplyWorld.agents("claude-code"));
      CliHarness.Result moved = w.run("apply");
      assertThat(moved.exitCode()).as(moved.toString()).isZero();
      assertThat(w.claude("by-tag").resolve("extra.md")).exists();
      // by-sha and by-atag left the config: uninstalled.
      assertThat(moved.out()).contains("removed=2");
      assertThat(w.claude("by-sha")).doesNotExist();
      assertThat(w.claude("by-atag")).doesNotExist();
      assertThat(Files.readString(w.home.resolve("skills.lock"))).doesNotContain("by-sha");
    }
  }
}
