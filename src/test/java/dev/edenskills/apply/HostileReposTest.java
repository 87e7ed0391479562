package dev.edenskills.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.ApplyWorld;
import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.InstallState;
import dev.edenskills.testing.TestRepos;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile repositories (issue 7): symlinks to /etc/passwd and out of the repository, a 100 MB file,
 * 20 000 files. Escaping links are never materialized and their skills fail alone; big content
 * installs whole and the store stays consistent.
 */
class HostileReposTest {
  @TempDir Path tmp;

  @Test
  void symlinksOutOfTheRepositoryAreNeverMaterializedAndOnlyTheirSkillsFail() throws Exception {
    try (ApplyWorld w = new ApplyWorld(tmp)) {
      TestRepos.Repo repo = TestRepos.create(w.repos, "links");
      repo.skill("skills/passwd", "passwd", "Links /etc/passwd");
      repo.symlink("skills/passwd/passwd", "/etc/passwd");
      repo.skill("skills/climb", "climb", "Links out of the repo");
      repo.symlink("skills/climb/up", "../../../../../../etc");
      repo.skill("skills/dirlink", "dirlink", "Is a link to a dir outside");
      repo.symlink("skills/outside", "../..");
      repo.skill("skills/inside", "inside", "Links inside the repo");
      repo.file("skills/shared/notes.md", "shared\n");
      repo.symlink("skills/inside/notes.md", "../shared/notes.md");
      repo.commit("links");
      for (String id : new String[] {"passwd", "climb", "inside"}) {
        for (String mode : new String[] {"copy", "symlink"}) {
          String sid = id + "-" + mode;
          w.skill(
              sid,
              w.server.url("links"),
              "main",
              "skills/" + id,
              mode,
              ApplyWorld.agents(mode.equals("copy") ? "claude-code" : "cursor"));
        }
      }
      w.skill(
          "viadir",
          w.server.url("links"),
          "main",
          "skills/outside",
          "copy",
          ApplyWorld.agents("claude-code"));
      CliHarness.Result r = w.run("apply");
      System.out.printf(
          "RELIABILITY symlink-repo exit=%d failed-lines=%d%n",
          r.exitCode(), r.err().lines().filter(l -> l.contains("skill=")).count());
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
      assertThat(r.err())
          .containsPattern("skill=passwd-copy stage=materialize")
          .containsPattern("skill=climb-symlink stage=materialize")
          .containsPattern("skill=viadir stage=materialize");
      assertThat(w.claude("passwd-copy")).doesNotExist();
      assertThat(w.cursor("climb-symlink")).doesNotExist();
      // CONTRACT §8: copy mode copies what an in-repository link points to.
      assertThat(r.err()).doesNotContain("skill=inside-copy");
      Path copied = w.claude("inside-copy").resolve("notes.md");
      assertThat(copied).isRegularFile().hasContent("shared\n");
      assertThat(java.nio.file.Files.isSymbolicLink(copied)).isFalse();
      assertThat(w.cursor("inside-symlink").resolve("SKILL.md")).exists();
      // No link anywhere in the store or the targets points outside them.
      try (Stream<Path> all = Files.walk(w.home)) {
        for (Path p : all.filter(Files::isSymbolicLink).toList()) {
          Path to = p.getParent().resolve(Files.readSymbolicLink(p)).normalize();
          assertThat(to.startsWith(w.home)).as(p + " -> " + to).isTrue();
        }
      }
      assertThat(
              InstallState.problems(w.home, w.home.resolve("store"), w.home.resolve("skills.lock")))
          .isEmpty();
    }
  }

  @Test
  @Tag("slow")
  void twentyThousandFilesInstallWholeInBothModes() throws Exception {
    try (ApplyWorld w = new ApplyWorld(tmp)) {
      TestRepos.Repo repo = TestRepos.create(w.repos, "many");
      repo.skill("skills/many", "many", "Many files");
      for (int i = 0; i < 20_000; i++) {
        repo.file("skills/many/d" + (i % 100) + "/f" + i + ".md", "file " + i + "\n");
      }
      repo.commit("many");
      w.skill(
          "many",
          w.server.url("many"),
          "main",
          "skills/many",
          "copy",
          ApplyWorld.agents("claude-code"));
      w.skill(
          "many-link",
          w.server.url("many"),
          "main",
          "skills/many",
          "symlink",
          ApplyWorld.agents("cursor"));
      long start = System.nanoTime();
      CliHarness.Result r = w.run("apply");
      long ms = (System.nanoTime() - start) / 1_000_000;
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(w.claude("many").resolve("d99/f19999.md")).hasContent("file 19999\n");
      assertThat(w.cursor("many-link").resolve("d0/f0.md")).exists();
      try (Stream<Path> s = Files.walk(w.claude("many"))) {
        assertThat(s.filter(Files::isRegularFile).count()).isGreaterThanOrEqualTo(20_001);
      }
      CliHarness.Result again = w.run("apply");
      assertThat(again.out()).contains("install: create=0 update=0");
      System.out.printf("RELIABILITY 20000-files exit=%d first-apply=%dms%n", r.exitCode(), ms);
      assertThat(
              InstallState.problems(w.home, w.home.resolve("store"), w.home.resolve("skills.lock")))
          .isEmpty();
    }
  }

  @Test
  @Tag("slow")
  void aHundredMegabyteFileInstallsWholeAndIsDeletedAfterwards() throws Exception {
    try (ApplyWorld w = new ApplyWorld(tmp)) {
      TestRepos.Repo repo = TestRepos.create(w.repos, "huge");
      repo.skill("skills/huge", "huge", "One huge file");
      byte[] big = new byte[100 * 1024 * 1024];
      new java.util.Random(100).nextBytes(big); // incompressible: the pack really is 100 MB
      repo.file("skills/huge/blob.bin", big);
      repo.commit("huge");
      big = null;
      w.skill(
          "huge",
          w.server.url("huge"),
          "main",
          "skills/huge",
          "copy",
          ApplyWorld.agents("claude-code"));
      CliHarness.Result r = w.run("apply");
      System.out.printf("RELIABILITY 100MB exit=%d%n", r.exitCode());
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(Files.size(w.claude("huge").resolve("blob.bin"))).isEqualTo(100L * 1024 * 1024);
      assertThat(Files.isSymbolicLink(w.claude("huge"))).isFalse();
      assertThat(
              InstallState.problems(w.home, w.home.resolve("store"), w.home.resolve("skills.lock")))
          .isEmpty();
    } finally {
      // Do not keep 400 MB (repo, store repo, snapshot, copy) around until the JVM exits.
      dev.edenskills.common.SafeDelete.tree(tmp.resolve("home"));
      dev.edenskills.common.SafeDelete.tree(tmp.resolve("repos"));
      assertThat(Files.exists(tmp.resolve("home"), LinkOption.NOFOLLOW_LINKS)).isFalse();
    }
  }
}
