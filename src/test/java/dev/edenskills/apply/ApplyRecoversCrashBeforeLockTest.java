package dev.edenskills.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.lock.LockEntry;
import dev.edenskills.lock.LockRead;
import dev.edenskills.lock.LockStore;
import dev.edenskills.testing.ApplyWorld;
import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.InstallState;
import dev.edenskills.testing.TestRepos;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash between writing the targets and writing the lock (issue 7): the targets are newer than
 * the lock, or there is no lock at all. The next apply adopts what it installed (no conflict) and
 * ends with targets and lock agreeing.
 */
class ApplyRecoversCrashBeforeLockTest {
  @TempDir Path tmp;

  @Test
  void targetsNewerThanTheLockAreReconciledToTheLock() throws Exception {
    try (ApplyWorld w = world()) {
      Path lock = w.home.resolve("skills.lock");
      assertThat(w.run("apply").exitCode()).isZero();
      String v1Lock = Files.readString(lock);
      String v1 = commitOf(lock, "a-s0");
      pushV2(w);
      assertThat(w.run("apply", "--update").exitCode()).isZero();
      assertThat(w.claude("a-s1").resolve("v2.md")).exists();
      // The crash: targets are v2, the lock on disk is still v1.
      Files.writeString(lock, v1Lock);

      CliHarness.Result r = w.run("apply");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.out()).contains("conflict=0");
      assertThat(commitOf(lock, "a-s0")).isEqualTo(v1);
      assertThat(Files.readSymbolicLink(w.claude("a-s0")).toString()).contains(v1);
      assertThat(w.claude("a-s1").resolve("v2.md")).doesNotExist();
      assertConsistent(w);
    }
  }

  @Test
  void targetsWithoutAnyLockAreAdoptedNotTreatedAsConflicts() throws Exception {
    try (ApplyWorld w = world()) {
      Path lock = w.home.resolve("skills.lock");
      assertThat(w.run("apply").exitCode()).isZero();
      pushV2(w);
      assertThat(w.run("apply", "--update").exitCode()).isZero();
      String v2 = commitOf(lock, "a-s0");
      Files.delete(lock); // the crash happened before the first lock was ever written

      CliHarness.Result r = w.run("apply");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.out()).contains("conflict=0");
      assertThat(commitOf(lock, "a-s0")).isEqualTo(v2);
      assertThat(w.claude("a-s1").resolve("v2.md")).exists();
      assertConsistent(w);
      assertThat(w.run("apply").out()).contains("install: create=0 update=0");
    }
  }

  private ApplyWorld world() throws Exception {
    ApplyWorld w = new ApplyWorld(tmp);
    w.repoWithSkills("a", 2);
    w.firstSkill("a", "symlink");
    w.skill(
        "a-s1",
        w.server.url("a"),
        "main",
        "skills/a-s1",
        "copy",
        ApplyWorld.agents("claude-code", "cursor"));
    return w;
  }

  private static void pushV2(ApplyWorld w) {
    TestRepos.Repo repo = TestRepos.create(w.repos, "a");
    repo.skill("skills/a-s0", "a-s0", "Skill 0 of a");
    repo.skill("skills/a-s1", "a-s1", "Skill 1 of a");
    repo.file("skills/a-s1/v2.md", "v2\n");
    repo.commit("v2");
  }

  private static String commitOf(Path lock, String id) {
    LockRead read = LockStore.read(lock);
    return read.lock().skills().stream()
        .filter(e -> e.id().equals(id))
        .map(LockEntry::commit)
        .findFirst()
        .orElseThrow();
  }

  private static void assertConsistent(ApplyWorld w) {
    assertThat(
            InstallState.problems(w.home, w.home.resolve("store"), w.home.resolve("skills.lock")))
        .isEmpty();
  }
}
