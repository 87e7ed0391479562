package dev.edenskills.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.config.InstallMode;
import dev.edenskills.config.SkillSpec;
import dev.edenskills.config.TargetSpec;
import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.GitDaemonServer;
import dev.edenskills.testing.TestRepos;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What install writes into skills.toml for each source form, ref and target choice, and how it
 * updates an entry that already exists.
 */
class InstallWritesTheConfigTest {
  @TempDir Path tmp;

  @Test
  void fileAndGitDaemonUrlsAreClonedLikeAnyRemote() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp);
        GitDaemonServer daemon = GitDaemonServer.start(w.repos)) {
      w.repo("acme/one").skill(".", "one", "One").commit("1");
      w.repo("acme/two").skill("skills/two", "two", "Two").commit("2");
      String fileUrl = TestRepos.fileUrl(w.repos, "acme/one");
      CliHarness.Result file = w.install(fileUrl);
      assertThat(file.exitCode()).as(file.toString()).isZero();
      assertThat(w.skill("one").source().repo()).isEqualTo(fileUrl);
      CliHarness.Result git = w.install(daemon.url("acme/two"));
      assertThat(git.exitCode()).as(git.toString()).isZero();
      assertThat(w.skill("two").source().repo()).isEqualTo(daemon.url("acme/two"));
      assertThat(w.installed()).containsExactly("one", "two");
      assertThat(w.claude("one").toRealPath().toString())
          .startsWith(w.home.resolve(".eden-skills/store/snapshots").toRealPath().toString());
    }
  }

  @Test
  void refPicksTheBranchOrTagToDiscoverAndInstall() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      TestRepos.Repo repo = w.repo("acme/skills").skill("skills/old", "old", "Old");
      String v1 = repo.commit("v1");
      repo.tag("v1", v1).remove("skills/old").skill("skills/new", "new", "New").commit("v2");
      CliHarness.Result r = w.install(w.url("acme/skills"), "--ref", "v1");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(w.installed()).containsExactly("old");
      assertThat(w.skill("old").source().ref()).isEqualTo("v1");
      assertThat(Files.readString(w.lock())).contains(v1);
    }
  }

  @Test
  void aLocalDirectoryIsUsedLiveAndStoredAsAnAbsolutePath() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      Path local = w.home.resolve("src/my-skills");
      TestRepos.skill(local.resolve("skills/draft"), "draft", "Work in progress");
      CliHarness.Result r = w.install("./src/my-skills");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      SkillSpec spec = w.skill("draft");
      assertThat(spec.source().repo()).isEqualTo(local.toString());
      assertThat(spec.source().subpath()).isEqualTo("skills/draft");
      // Live: an edit shows through the symlink without another install.
      Files.writeString(local.resolve("skills/draft/extra.md"), "new");
      assertThat(w.claude("draft").resolve("extra.md")).content().isEqualTo("new");
    }
  }

  @Test
  void detectedAgentsAreTheDefaultTargetsAndTargetOverridesThem() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      w.repo("acme/skills").skill("skills/pdf", "pdf", "PDFs").commit("1");
      Files.createDirectories(w.home.resolve(".cursor"));
      CliHarness.Result r = w.install(w.url("acme/skills"));
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.out()).contains("targets: cursor (detected)");
      assertThat(w.skill("pdf").targets()).containsExactly(TargetSpec.agent("cursor"));
      assertThat(w.home.resolve(".cursor/skills/pdf/SKILL.md")).exists();
      assertThat(w.claudeRoot()).doesNotExist();

      CliHarness.Result custom =
          w.install(w.url("acme/skills"), "--target", "claude-code:project", "custom:~/agent");
      assertThat(custom.exitCode()).as(custom.toString()).isZero();
      assertThat(w.skill("pdf").targets())
          .containsExactly(
              new TargetSpec(
                  "claude-code", java.util.Optional.empty(), dev.edenskills.config.Scope.PROJECT),
              TargetSpec.custom("~/agent"));
      assertThat(w.home.resolve(".eden-skills/.claude/skills/pdf/SKILL.md")).exists();
      assertThat(w.home.resolve("agent/pdf/SKILL.md")).exists();
    }
  }

  @Test
  void reinstallingUpdatesTheEntryKeepingItsTargetsAndOtherEntries() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      w.repo("acme/skills").skill("skills/pdf", "pdf", "PDFs").commit("1");
      w.repo("other/pdf").skill("pdf-skill", "pdf", "Another PDF skill").commit("1");
      w.repo("acme/keep").skill(".", "keep", "Untouched").commit("1");
      assertThat(w.install(w.url("acme/keep")).exitCode()).isZero();
      assertThat(w.install(w.url("acme/skills"), "--target", "cursor").exitCode()).isZero();

      CliHarness.Result r = w.install(w.url("other/pdf"), "--copy");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.out()).contains("update pdf (pdf-skill, copy)");
      SkillSpec pdf = w.skill("pdf");
      assertThat(pdf.source().repo()).isEqualTo(w.url("other/pdf"));
      assertThat(pdf.source().subpath()).isEqualTo("pdf-skill");
      assertThat(pdf.mode()).isEqualTo(InstallMode.COPY);
      assertThat(pdf.targets()).containsExactly(TargetSpec.agent("cursor"));
      assertThat(w.home.resolve(".cursor/skills/pdf/SKILL.md"))
          .content()
          .contains("Another PDF skill");
      assertThat(w.skills()).extracting(SkillSpec::id).containsExactly("keep", "pdf");
      assertThat(w.installed()).containsExactly("keep");
    }
  }

  @Test
  void usageErrorsStopBeforeAnyNetworkOrWrite() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      w.repo("acme/skills").skill("skills/pdf", "pdf", "PDFs").commit("1");
      CliHarness.Result badTarget = w.install(w.url("acme/skills"), "--target", "vscodium");
      assertThat(badTarget.exitCode()).isEqualTo(2);
      assertThat(badTarget.err()).contains("UNKNOWN_AGENT");
      CliHarness.Result both = w.install(w.url("acme/skills"), "--all", "--skill", "pdf");
      assertThat(both.exitCode()).isEqualTo(2);
      CliHarness.Result badRepo = w.install("ext::sh -c touch% /tmp/pwned");
      assertThat(badRepo.exitCode()).isEqualTo(2);
      assertThat(badRepo.err()).contains("error[INVALID_REPO]");
      CliHarness.Result badRef = w.install(w.url("acme/skills"), "--ref", "a..b");
      assertThat(badRef.exitCode()).isEqualTo(2);
      assertThat(w.server.requests()).isZero();
      assertThat(w.config()).doesNotExist();
    }
  }

  @Test
  void aMissingRefOrSubpathFailsWithTheReason() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      w.repo("acme/skills").skill("skills/pdf", "pdf", "PDFs").commit("1");
      CliHarness.Result ref = w.install(w.url("acme/skills"), "--ref", "nope");
      assertThat(ref.exitCode()).as(ref.toString()).isEqualTo(1);
      assertThat(ref.err()).contains("error[FETCH_FAILED]").contains("'nope' not found");
      assertThat(w.config()).doesNotExist();
    }
  }
}
