package dev.edenskills.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.TestRepos;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 7): after a SIGKILL, temps in store/tmp and beside targets stayed forever. The
 * next apply now removes the ones named for its own skills and lock, and nothing else.
 */
class ApplyClearsStaleTempsTest {
  @TempDir Path home;

  @Test
  void staleTempsOfThisConfigAreRemovedOthersAreLeftAlone() throws Exception {
    TestRepos.skill(home.resolve("src/pdf"), "pdf", "PDF tools");
    Path config =
        Files.writeString(
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
}
