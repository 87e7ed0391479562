package dev.edenskills.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.ApplyWorld;
import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.DockerEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --target docker:<c>}, {@code <agent>@docker:<c>} and {@code docker mount-hint}. */
@Tag("docker")
class ContainerCommandLineTest {
  @TempDir Path tmp;
  private ApplyWorld w;
  private DockerEngine.Box box;

  @BeforeEach
  void setUp() throws Exception {
    box = DockerEngine.get().start();
    // Two agents live in the container: Claude Code and Cursor.
    box.sh("mkdir -p /root/.claude /root/.cursor").ok();
    w = new ApplyWorld(tmp);
    w.repoWithSkills("a", 1);
  }

  @AfterEach
  void tearDown() {
    w.close();
    box.close();
  }

  @Test
  void aBareContainerTargetMeansTheAgentsDetectedInside() throws Exception {
    CliHarness.Result add =
        w.run(
            "add",
            "--id",
            "a-s0",
            "--repo",
            w.server.url("a"),
            "--subpath",
            "skills/a-s0",
            "--target",
            "docker:" + box.name());
    assertThat(add.exitCode()).as(add.toString()).isZero();
    String toml = Files.readString(w.home.resolve("skills.toml"));
    assertThat(toml)
        .contains("agent = \"claude-code\"\nenvironment = \"docker:" + box.name() + "\"")
        .contains("agent = \"cursor\"\nenvironment = \"docker:" + box.name() + "\"");
  }

  @Test
  void anAgentAtAContainerIsOneTargetInsideIt() throws Exception {
    CliHarness.Result install =
        w.run("install", w.server.url("a"), "--all", "--target", "cursor@docker:" + box.name());
    assertThat(install.exitCode()).as(install.toString()).isZero();
    assertThat(box.exec("cat", "/root/.cursor/skills/a-s0/SKILL.md").ok().out())
        .contains("name: a-s0");
    assertThat(box.exec("ls", "-a", "/root/.claude").ok().out()).doesNotContain("skills");
  }

  @Test
  void mountHintPrintsOneFlagPerDetectedAgentAndTheStore() throws Exception {
    CliHarness.Result hint = w.cli.run("docker", "mount-hint", box.name());
    assertThat(hint.exitCode()).as(hint.toString()).isZero();
    Path mounts = w.home.resolve(".eden-skills/mounts").resolve(box.name());
    Path store = w.home.resolve(".eden-skills/store");
    assertThat(hint.out().lines())
        .containsExactly(
            "-v " + mounts.resolve("claude-code") + ":/root/.claude/skills",
            "-v " + mounts.resolve("cursor") + ":/root/.cursor/skills",
            "-v " + store + ":" + store + ":ro");
  }
}
