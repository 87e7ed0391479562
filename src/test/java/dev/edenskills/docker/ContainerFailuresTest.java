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

/**
 * CONTRACT §10 / seed §7: a stopped or missing container, or no engine, fails only the skills that
 * target it (stage install, detail naming the container); every other skill installs; exit 1.
 */
@Tag("docker")
class ContainerFailuresTest {
  @TempDir Path tmp;
  private ApplyWorld w;
  private DockerEngine.Box box;

  @BeforeEach
  void setUp() throws Exception {
    box = DockerEngine.get().start();
    w = new ApplyWorld(tmp);
    w.repoWithSkills("a", 2);
    w.skill("a-s0", w.server.url("a"), "main", "skills/a-s0", "copy", ApplyWorld.agents("cursor"))
        .skill(
            "a-s1",
            w.server.url("a"),
            "main",
            "skills/a-s1",
            "copy",
            "[[skills.targets]]\nagent = \"claude-code\"\nenvironment = \"docker:"
                + box.name()
                + "\"\n");
  }

  @AfterEach
  void tearDown() {
    w.close();
    box.close();
  }

  @Test
  void aStoppedContainerFailsOnlyItsSkillAndDoctorSaysWhy() throws Exception {
    box.stop();

    CliHarness.Result apply = w.run("apply");
    assertThat(apply.exitCode()).as(apply.toString()).isEqualTo(1);
    assertThat(apply.err())
        .contains("skill=a-s1 stage=install")
        .contains("container " + box.name() + " is not running");
    assertThat(w.cursor("a-s0").resolve("SKILL.md")).as("the host skill installs").exists();

    CliHarness.Result doctor = w.run("--strict", "doctor");
    assertThat(doctor.exitCode()).as(doctor.toString()).isEqualTo(3);
    assertThat(doctor.out() + doctor.err()).contains("CONTAINER_UNAVAILABLE").contains(box.name());
  }

  @Test
  void aMissingContainerFailsOnlyItsSkill() throws Exception {
    box.close();

    CliHarness.Result apply = w.run("apply");
    assertThat(apply.exitCode()).as(apply.toString()).isEqualTo(1);
    assertThat(apply.err())
        .contains("skill=a-s1 stage=install")
        .contains("container " + box.name() + " does not exist");
    assertThat(w.cursor("a-s0").resolve("SKILL.md")).exists();
  }

  @Test
  void anUnreachableEngineFailsOnlyTheContainerSkills() throws Exception {
    Path nowhere = tmp.resolve("no-engine.sock");
    w.cli.env("DOCKER_HOST", "unix://" + nowhere);

    CliHarness.Result apply = w.run("apply");
    assertThat(apply.exitCode()).as(apply.toString()).isEqualTo(1);
    assertThat(apply.err())
        .contains("skill=a-s1 stage=install")
        .contains("cannot reach the Docker engine for container " + box.name());
    assertThat(w.cursor("a-s0").resolve("SKILL.md")).exists();
    assertThat(Files.exists(nowhere)).isFalse();
  }
}
