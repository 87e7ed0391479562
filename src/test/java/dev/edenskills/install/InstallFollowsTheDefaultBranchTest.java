package dev.edenskills.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.GitDaemonServer;
import dev.edenskills.testing.TestRepos;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No ref means the remote's default branch (CONTRACT §3), whatever it is called and over every
 * transport: the config keeps no ref, the lock pins the commit and names the branch, and {@code
 * update} follows HEAD when the server points it elsewhere.
 */
class InstallFollowsTheDefaultBranchTest {
  @TempDir java.nio.file.Path tmp;

  @Test
  void aMasterDefaultRepoInstallsWithoutARefAndTheLockNamesTheBranch() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      TestRepos.Repo repo =
          w.repo("acme/old").defaultBranch("master").skill("skills/pdf", "pdf", "PDF tools");
      String commit = repo.commit("1");
      CliHarness.Result r = w.install(w.url("acme/old"), "--all");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(w.installed()).containsExactly("pdf");
      assertThat(Files.readString(w.config())).doesNotContain("ref =");
      String lock = Files.readString(w.lock());
      assertThat(lock)
          .contains("ref = \"HEAD\"")
          .contains("branch = \"master\"")
          .contains("commit = \"" + commit + "\"");
      CliHarness.Result list = w.cli.run("list");
      assertThat(list.out()).contains("(default branch master, subpath skills/pdf)");
    }
  }

  @Test
  void protocolV0AndV2GitDaemonAndFileUrlsAllFindATrunkDefault() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp);
        GitDaemonServer daemon = GitDaemonServer.start(w.repos)) {
      w.repo("acme/a").defaultBranch("trunk").skill(".", "a", "A").commit("1");
      w.repo("acme/b").defaultBranch("trunk").skill(".", "b", "B").commit("1");
      w.repo("acme/c").defaultBranch("trunk").skill(".", "c", "C").commit("1");
      w.repo("acme/d").defaultBranch("trunk").skill(".", "d", "D").commit("1");
      assertThat(w.install(w.url("acme/a")).exitCode()).isZero();
      assertThat(w.install(daemon.url("acme/b")).exitCode()).isZero();
      assertThat(w.install(TestRepos.fileUrl(w.repos, "acme/c")).exitCode()).isZero();
      w.server.protocolV0();
      CliHarness.Result v0 = w.install(w.url("acme/d"));
      assertThat(v0.exitCode()).as(v0.toString()).isZero();
      assertThat(w.installed()).containsExactly("a", "b", "c", "d");
      String lock = Files.readString(w.lock());
      assertThat(lock.split("branch = \"trunk\"", -1)).hasSize(5);
    }
  }

  @Test
  void applyWithoutARefUsesTheLockAndUpdateFollowsHeadToAnotherBranch() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      TestRepos.Repo repo =
          w.repo("acme/moving").defaultBranch("master").skill(".", "moving", "Moves");
      String onMaster = repo.commit("1");
      Files.createDirectories(w.config().getParent());
      Files.writeString(
          w.config(),
          """
          version = 1
          [[skills]]
          id = "moving"
          [skills.source]
          repo = "%s"
          [[skills.targets]]
          agent = "claude-code"
          """
              .formatted(w.url("acme/moving")));
      CliHarness.Result first = w.cli.run("apply");
      assertThat(first.exitCode()).as(first.toString()).isZero();
      assertThat(Files.readString(w.lock())).contains(onMaster).contains("branch = \"master\"");

      String onTrunk = repo.defaultBranch("trunk").file("NEW.md", "new").commit("2");
      CliHarness.Result apply = w.cli.run("apply");
      assertThat(apply.exitCode()).as(apply.toString()).isZero();
      assertThat(Files.readString(w.lock())).contains(onMaster);

      CliHarness.Result update = w.cli.run("update");
      assertThat(update.exitCode()).as(update.toString()).isZero();
      String lock = Files.readString(w.lock());
      assertThat(lock).contains(onTrunk).contains("branch = \"trunk\"").doesNotContain(onMaster);
      assertThat(w.claude("moving").resolve("NEW.md")).content().isEqualTo("new");
    }
  }

  @Test
  void aRepositoryWithoutAnyBranchSaysThereIsNoDefaultBranch() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      w.repo("acme/empty");
      CliHarness.Result r = w.install(w.url("acme/empty"));
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
      assertThat(r.err()).contains("no default branch");
    }
  }
}
