package dev.edenskills.installs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.TestRepos;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Doctor, clean, repair and apply share one stale-temp finder: temps named for this config's skills
 * and files are stale, a temp of another config (another store, whose run may be in progress right
 * now) sharing the skill root or the config directory is never reported or deleted.
 */
class OnlyThisConfigsStaleTempsAreClearedTest {
  @TempDir Path home;

  /** A config with one local copy-mode skill for claude-code, its store under HOME. */
  Path config() throws Exception {
    TestRepos.skill(home.resolve("src/pdf"), "pdf", "PDF tools");
    return Files.writeString(
        home.resolve("skills.toml"),
        """
        version = 1
        [storage]
        root = "~/store"
        [[skills]]
        id = "pdf"
        [skills.source]
        repo = "./src"
        subpath = "pdf"
        [skills.install]
        mode = "copy"
        [[skills.targets]]
        agent = "claude-code"
        """);
  }

  /**
   * Regression (issue 7): after a SIGKILL, temps in store/tmp and beside targets stayed forever.
   */
  @Test
  void applyRemovesTheTempsOfAKilledRunOfThisConfig() throws Exception {
    Path config = config();
    Path root = Files.createDirectories(home.resolve(".claude/skills"));
    Path halfCopy = Files.createDirectories(root.resolve(".eden-tmp-pdf-new-abc123/deep"));
    Files.writeString(halfCopy.resolve("half.md"), "half");
    Path oldAside = Files.createDirectories(root.resolve(".eden-tmp-pdf-old-def456"));
    Path halfLock = Files.writeString(home.resolve(".eden-tmp-skills.lock-99.tmp"), "version =");
    Path storeTmp = Files.createDirectories(home.resolve("store/tmp/snapshot-k-123/skills"));
    Path notOurs = Files.createDirectories(root.resolve(".eden-tmp-other-new-xyz"));
    Path userFile = Files.writeString(root.resolve("notes.txt"), "mine");

    CliHarness.Result r = new CliHarness(home).run("--config", config.toString(), "apply");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(root.resolve(".eden-tmp-pdf-new-abc123")).doesNotExist();
    assertThat(oldAside).doesNotExist();
    assertThat(halfLock).doesNotExist();
    assertThat(storeTmp.getParent()).doesNotExist();
    assertThat(notOurs).exists();
    assertThat(userFile).hasContent("mine");
    assertThat(root.resolve("pdf/SKILL.md")).exists();
  }

  @Test
  void doctorCleanAndRepairTouchOnlyThisConfigsTemps() throws Exception {
    Path config = config();
    CliHarness cli = new CliHarness(home);
    assertThat(cli.run("--config", config.toString(), "apply").exitCode()).isZero();
    Path root = home.resolve(".claude/skills");
    Path ours = Files.createDirectories(root.resolve(".eden-tmp-pdf-new-abc123"));
    Path ourLock = Files.writeString(home.resolve(".eden-tmp-skills.lock-77.tmp"), "version =");
    // another config (store elsewhere) mid-run: its copy being built, its lock being written
    Path theirs = Files.createDirectories(root.resolve(".eden-tmp-other-new-xyz"));
    Path theirLock = Files.writeString(home.resolve(".eden-tmp-other.lock-88.tmp"), "version =");
    // a skill whose id merely starts like ours is not ours either
    Path prefixTwin = Files.createDirectories(root.resolve(".eden-tmp-pdf-tools-new-q1"));

    CliHarness.Result doctor = cli.run("--config", config.toString(), "doctor");
    assertThat(doctor.out())
        .contains(ours.toString(), ourLock.toString())
        .doesNotContain(theirs.toString())
        .doesNotContain(theirLock.toString())
        .doesNotContain(prefixTwin.toString());

    CliHarness.Result clean = cli.run("--config", config.toString(), "clean");
    assertThat(clean.exitCode()).as(clean.toString()).isZero();
    assertThat(ours).doesNotExist();
    assertThat(ourLock).doesNotExist();
    assertThat(theirs).isDirectory();
    assertThat(theirLock).exists();
    assertThat(prefixTwin).isDirectory();

    Files.createDirectories(ours);
    CliHarness.Result repair = cli.run("--config", config.toString(), "repair");
    assertThat(repair.exitCode()).as(repair.toString()).isZero();
    assertThat(ours).doesNotExist();
    assertThat(theirs).isDirectory();
    assertThat(theirLock).exists();
  }
}
