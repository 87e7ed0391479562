package dev.edenskills.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.ApplyWorld;
import dev.edenskills.testing.CliHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed install keeps the exception behind its one-line detail, like a failed sync: {@code -v}
 * prints the exception and its cause chain under the failure line; the other skill of the run is
 * installed.
 */
class VerboseShowsWhyAnInstallFailedTest {
  @TempDir Path tmp;

  @Test
  void aSkillRootThatIsAFileShowsItsCauseOnlyWithVerbose() throws Exception {
    try (ApplyWorld w = new ApplyWorld(tmp)) {
      w.repoWithSkills("tools", 2);
      w.firstSkill("tools", "symlink")
          .skill(
              "tools-s1",
              w.server.url("tools"),
              "main",
              "skills/tools-s1",
              "symlink",
              ApplyWorld.agents("cursor"));
      Path claudeRoot = w.claude("tools-s0").getParent();
      Files.createDirectories(claudeRoot.getParent());
      Files.writeString(claudeRoot, "a file where the skill root should be\n");

      CliHarness.Result quiet = w.run("apply");
      assertThat(quiet.exitCode()).as(quiet.toString()).isEqualTo(1);
      assertThat(quiet.err()).contains("failed skill=tools-s0 stage=install");
      assertThat(quiet.err()).doesNotContain("Caused by").doesNotContain("\tat ");
      assertThat(w.cursor("tools-s1").resolve("SKILL.md")).exists();

      CliHarness.Result verbose = w.run("-v", "apply");
      assertThat(verbose.exitCode()).as(verbose.toString()).isEqualTo(1);
      assertThat(verbose.err())
          .contains("failed skill=tools-s0 stage=install")
          .contains("dev.edenskills.common.Problem: skill root")
          .contains("at dev.edenskills.adapter.LocalAdapter");
      assertThat(Files.readString(claudeRoot))
          .as("the file is left as it was")
          .startsWith("a file");
    }
  }
}
