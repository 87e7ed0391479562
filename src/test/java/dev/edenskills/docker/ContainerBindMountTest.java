package dev.edenskills.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.adapter.ManagedMarker;
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

/**
 * CONTRACT §10: a writable bind mount over a container's skill root makes the install happen on the
 * host side of the mount; a symlink is kept only when what it points to is visible inside.
 */
@Tag("docker")
class ContainerBindMountTest {
  private static final String SKILLS = "/root/.claude/skills";

  @TempDir Path tmp;
  private ApplyWorld w;
  private Path hostSkills;
  private DockerEngine.Box box;

  @BeforeEach
  void setUp() throws Exception {
    w = new ApplyWorld(tmp);
    w.repoWithSkills("a", 1);
    hostSkills = Files.createDirectories(tmp.resolve("box-skills"));
  }

  @AfterEach
  void tearDown() {
    w.close();
    if (box != null) {
      box.close();
    }
  }

  private void declare(String mode) {
    w.skill(
        "a-s0",
        w.server.url("a"),
        "main",
        "skills/a-s0",
        mode,
        "[[skills.targets]]\nagent = \"claude-code\"\nenvironment = \"docker:"
            + box.name()
            + "\"\n");
  }

  @Test
  void aBindMountedSkillRootIsInstalledOnTheHostSideAsACopyWhenTheStoreIsNotVisible()
      throws Exception {
    box = DockerEngine.get().start("-v", hostSkills + ":" + SKILLS);
    declare("symlink");

    CliHarness.Result apply = w.run("apply");
    assertThat(apply.exitCode()).as(apply.toString()).isZero();
    Path installed = hostSkills.resolve("a-s0");
    assertThat(installed).isDirectory();
    assertThat(Files.isSymbolicLink(installed))
        .as("a link to the host's store would dangle inside the container")
        .isFalse();
    assertThat(ManagedMarker.presentIn(installed)).isTrue();
    assertThat(box.exec("cat", SKILLS + "/a-s0/SKILL.md").ok().out()).contains("name: a-s0");
    assertThat(w.run("apply").out()).contains("noop=1");
  }

  @Test
  void symlinkModeWorksThroughABindMountWhenTheStoreIsMountedAtItsOwnPath() throws Exception {
    Path store = Files.createDirectories(w.home.resolve("store"));
    box =
        DockerEngine.get()
            .start("-v", hostSkills + ":" + SKILLS, "-v", store + ":" + store + ":ro");
    declare("symlink");

    CliHarness.Result apply = w.run("apply");
    assertThat(apply.exitCode()).as(apply.toString()).isZero();
    Path installed = hostSkills.resolve("a-s0");
    assertThat(Files.isSymbolicLink(installed)).isTrue();
    assertThat(Files.readSymbolicLink(installed).toString()).startsWith(store.toString());
    assertThat(box.exec("cat", SKILLS + "/a-s0/SKILL.md").ok().out()).contains("name: a-s0");

    CliHarness.Result second = w.run("apply");
    assertThat(second.out()).as(second.toString()).contains("install: create=0 update=0 noop=1");
    CliHarness.Result doctor = w.run("doctor");
    assertThat(doctor.exitCode()).as(doctor.toString()).isZero();
  }
}
