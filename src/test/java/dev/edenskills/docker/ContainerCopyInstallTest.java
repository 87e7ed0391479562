package dev.edenskills.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edenskills.testing.ApplyWorld;
import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.DockerEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CONTRACT §10 against a real engine: a container with no bind mount gets copies, put in place by
 * rename inside the container, checked, drift-detected and repaired like local copies.
 */
@Tag("docker")
class ContainerCopyInstallTest {
  private static final String SKILLS = "/root/.claude/skills";

  @TempDir Path tmp;
  private ApplyWorld w;
  private DockerEngine.Box box;

  @BeforeEach
  void setUp() throws Exception {
    box = DockerEngine.get().start();
    w = new ApplyWorld(tmp);
    w.repoWithSkills("a", 1);
    // The config asks for a symlink: a container without the store mounted cannot resolve one.
    w.skill("a-s0", w.server.url("a"), "main", "skills/a-s0", "symlink", inBox("claude-code"));
  }

  @AfterEach
  void tearDown() {
    w.close();
    box.close();
  }

  private String inBox(String agent) {
    return "[[skills.targets]]\nagent = \""
        + agent
        + "\"\nenvironment = \"docker:"
        + box.name()
        + "\"\n";
  }

  @Test
  void copiesIntoAPlainContainerAndASecondApplyIsAllNoop() throws Exception {
    JsonNode plan = json(w.run("--json", "plan"));
    assertThat(plan.toString()).contains("\"copy\"").contains("docker:" + box.name());

    CliHarness.Result first = w.run("apply");
    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(box.exec("cat", SKILLS + "/a-s0/SKILL.md").ok().out()).contains("name: a-s0");
    assertThat(box.exec("cat", SKILLS + "/a-s0/.eden-skills-managed").ok().out())
        .contains("skill_id = a-s0");
    assertThat(box.exec("ls", "-a", SKILLS).ok().out()).doesNotContain(".eden-tmp-");
    assertThat(w.claude("a-s0")).as("nothing lands on the host").doesNotExist();

    CliHarness.Result second = w.run("apply");
    assertThat(second.exitCode()).as(second.toString()).isZero();
    assertThat(second.out()).contains("install: create=0 update=0 noop=1");
    assertThat(errorCodes()).isEmpty();
  }

  @Test
  void aFileEditedInsideTheContainerIsContentDriftAndRepairRestoresIt() throws Exception {
    assertThat(w.run("apply").exitCode()).isZero();
    box.sh("echo tampered > " + SKILLS + "/a-s0/SKILL.md").ok();

    assertThat(errorCodes()).containsExactly("CONTENT_DRIFT");
    CliHarness.Result repair = w.run("repair");
    assertThat(repair.exitCode()).as(repair.toString()).isZero();
    assertThat(box.exec("cat", SKILLS + "/a-s0/SKILL.md").ok().out())
        .contains("name: a-s0")
        .doesNotContain("tampered");
    assertThat(errorCodes()).isEmpty();
  }

  @Test
  void aSkillDeletedInsideTheContainerIsTargetMissingAndRepairPutsItBack() throws Exception {
    assertThat(w.run("apply").exitCode()).isZero();
    box.exec("rm", "-rf", SKILLS + "/a-s0").ok();

    assertThat(errorCodes()).containsExactly("TARGET_MISSING");
    assertThat(w.run("repair").exitCode()).isZero();
    assertThat(box.exec("cat", SKILLS + "/a-s0/SKILL.md").ok().out()).contains("name: a-s0");
    assertThat(errorCodes()).isEmpty();
  }

  @Test
  void removeUninstallsInsideTheContainer() throws Exception {
    assertThat(w.run("apply").exitCode()).isZero();
    CliHarness.Result removed = w.run("remove", "a-s0");
    assertThat(removed.exitCode()).as(removed.toString()).isZero();
    assertThat(box.exec("ls", "-a", SKILLS).ok().out()).doesNotContain("a-s0");
  }

  @Test
  void aForeignFolderAtTheTargetIsAConflictLeftUntouchedUnlessForced() throws Exception {
    box.sh("mkdir -p " + SKILLS + "/a-s0 && echo mine > " + SKILLS + "/a-s0/notes.txt").ok();

    // A conflict is a warning like on the host (exit 3 only with --strict).
    CliHarness.Result apply = w.run("apply");
    assertThat(apply.exitCode()).as(apply.toString()).isZero();
    assertThat(apply.out()).contains("conflict=1");
    assertThat(apply.err()).contains("conflict at").contains("left untouched");
    assertThat(box.exec("cat", SKILLS + "/a-s0/notes.txt").ok().out()).contains("mine");
    assertThat(box.exec("ls", SKILLS + "/a-s0").ok().out()).doesNotContain("SKILL.md");

    CliHarness.Result forced = w.run("apply", "--force");
    assertThat(forced.exitCode()).as(forced.toString()).isZero();
    assertThat(box.exec("ls", SKILLS + "/a-s0").ok().out())
        .contains("SKILL.md")
        .doesNotContain("notes.txt");
  }

  @Test
  void listShowsTheContainerTargetAndCleanRemovesAStaleTempInside() throws Exception {
    assertThat(w.run("apply").exitCode()).isZero();
    JsonNode target = json(w.run("--json", "list")).path(0).path("targets").path(0);
    assertThat(target.path("target_path").asText())
        .isEqualTo("/docker:" + box.name() + "/~/.claude/skills/a-s0");
    assertThat(target.path("state").asText()).isEqualTo("ok");

    // What a run killed mid-install leaves beside the target.
    box.sh(
            "mkdir -p "
                + SKILLS
                + "/.eden-tmp-a-s0-new-dead && echo x > "
                + SKILLS
                + "/.eden-tmp-a-s0-new-dead/f")
        .ok();
    assertThat(w.run("doctor").out()).contains("STALE_TEMP");
    CliHarness.Result clean = w.run("clean");
    assertThat(clean.exitCode()).as(clean.toString()).isZero();
    assertThat(box.exec("ls", "-a", SKILLS).ok().out())
        .doesNotContain(".eden-tmp-")
        .contains("a-s0");
  }

  private List<String> errorCodes() throws Exception {
    List<String> codes = new ArrayList<>();
    for (JsonNode f : json(w.run("--json", "doctor")).path("findings")) {
      if (f.path("severity").asText().equals("error")) {
        codes.add(f.path("code").asText());
      }
    }
    return codes;
  }

  private static JsonNode json(CliHarness.Result r) throws Exception {
    return new ObjectMapper().readTree(r.out());
  }
}
