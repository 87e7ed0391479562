package dev.edenskills.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.common.SafeDelete;
import dev.edenskills.testing.ApplyWorld;
import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.TestRepos;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CI use (CONTRACT §12): {@code apply --locked} installs the lock's commits or refuses with exit 3
 * and writes nothing; {@code plan --exit-code} exits 3 when apply would change anything.
 */
class ApplyLockedInstallsExactlyTheLockTest {
  @TempDir Path tmp;

  private static ApplyWorld world(Path tmp) throws Exception {
    ApplyWorld w = new ApplyWorld(tmp);
    w.repoWithSkills("a", 2);
    w.repoWithSkills("b", 1);
    w.firstSkill("a", "copy")
        .skill(
            "a-s1",
            w.server.url("a"),
            "main",
            "skills/a-s1",
            "symlink",
            ApplyWorld.agents("claude-code"))
        .firstSkill("b", "copy");
    CliHarness.Result first = w.run("apply");
    assertThat(first.exitCode()).as(first.toString()).isZero();
    return w;
  }

  @Test
  void aFreshStoreGetsTheLockedCommitsNotTheNewestAndTheLockStaysAsItWas() throws Exception {
    try (ApplyWorld w = world(tmp)) {
      Path lock = w.home.resolve("skills.lock");
      String locked = Files.readString(lock);
      TestRepos.Repo a = TestRepos.create(w.repos, "a");
      String pinned = a.head();
      a.file("skills/a-s0/NEW.md", "newer").commit("newer");
      SafeDelete.tree(w.home.resolve("store"));
      SafeDelete.tree(w.home.resolve(".claude"));
      w.server.reset();

      CliHarness.Result r = w.run("apply", "--locked");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(w.claude("a-s0").resolve("SKILL.md")).exists();
      assertThat(w.claude("a-s0").resolve("NEW.md")).doesNotExist();
      assertThat(w.claude("b-s0").resolve("SKILL.md")).exists();
      assertThat(Files.readString(lock)).isEqualTo(locked).contains(pinned);
      // Protocol v2, commit wanted directly: the capability advertisement and one fetch.
      assertThat(w.server.requests("a")).isEqualTo(2);
      assertThat(w.server.requests("b")).isEqualTo(2);
    }
  }

  @Test
  void aServerThatOnlySpeaksV0StillGetsTheLockedCommits() throws Exception {
    try (ApplyWorld w = world(tmp)) {
      TestRepos.create(w.repos, "a").file("x.md", "x").commit("newer");
      SafeDelete.tree(w.home.resolve("store"));
      SafeDelete.tree(w.home.resolve(".claude"));
      w.server.protocolV0();
      CliHarness.Result r = w.run("apply", "--locked");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(w.claude("a-s1").resolve("SKILL.md")).exists();
      assertThat(w.claude("b-s0").resolve("SKILL.md")).exists();
    }
  }

  @Test
  void aSkillTheLockLacksOrPinsElsewhereFailsWithExit3AndWritesNothing() throws Exception {
    try (ApplyWorld w = world(tmp)) {
      Path lock = w.home.resolve("skills.lock");
      String locked = Files.readString(lock);
      w.repoWithSkills("c", 1);
      w.firstSkill("c", "copy");
      CliHarness.Result lacking = w.run("apply", "--locked");
      assertThat(lacking.exitCode()).as(lacking.toString()).isEqualTo(3);
      assertThat(lacking.err())
          .contains("error[LOCK_MISMATCH]")
          .contains("c-s0 is not in the lock");
      assertThat(w.claude("c-s0")).doesNotExist();
      assertThat(Files.readString(lock)).isEqualTo(locked);

      w.clearSkills()
          .skill(
              "a-s0",
              w.server.url("a"),
              "v2",
              "skills/a-s0",
              "copy",
              ApplyWorld.agents("claude-code"))
          .skill(
              "a-s1",
              w.server.url("a"),
              "main",
              "skills/a-s0",
              "symlink",
              ApplyWorld.agents("claude-code"));
      CliHarness.Result other = w.run("apply", "--locked");
      assertThat(other.exitCode()).as(other.toString()).isEqualTo(3);
      assertThat(other.err())
          .contains("a-s0 has another ref in the lock")
          .contains("a-s1 has another subpath in the lock");
      assertThat(Files.readString(lock)).isEqualTo(locked);

      Files.delete(lock);
      CliHarness.Result none = w.run("apply", "--locked");
      assertThat(none.exitCode()).as(none.toString()).isEqualTo(3);
      assertThat(lock).doesNotExist();
    }
  }

  @Test
  void planExitCodeIsZeroWhenAllIsInPlaceAndThreeWhenApplyWouldChangeSomething() throws Exception {
    try (ApplyWorld w = world(tmp)) {
      CliHarness.Result clean = w.run("plan", "--exit-code");
      assertThat(clean.exitCode()).as(clean.toString()).isZero();
      Files.delete(w.claude("b-s0").resolve("SKILL.md"));
      CliHarness.Result drift = w.run("plan", "--exit-code");
      assertThat(drift.exitCode()).as(drift.toString()).isEqualTo(3);
      assertThat(w.run("plan").exitCode()).isZero();
    }
  }
}
