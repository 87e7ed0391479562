package dev.edenskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.ApplyWorld;
import dev.edenskills.testing.CliHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code remove} without ids: on a terminal a list to pick from and a question (skipped by -y);
 * {@code remove ID -y} is accepted as users of other skill tools type it.
 */
class RemoveAsksOnATerminalTest {
  @TempDir Path tmp;

  private static ApplyWorld world(Path tmp) throws Exception {
    ApplyWorld w = new ApplyWorld(tmp);
    w.repoWithSkills("a", 3);
    String url = w.server.url("a");
    for (int i = 0; i < 3; i++) {
      w.skill(
          "a-s" + i, url, "main", "skills/a-s" + i, "symlink", ApplyWorld.agents("claude-code"));
    }
    assertThat(w.run("apply").exitCode()).isZero();
    return w;
  }

  @Test
  void thePickedSkillsAreRemovedAfterAYes() throws Exception {
    try (ApplyWorld w = world(tmp)) {
      Path config = w.config();
      CliHarness.Result r =
          w.cli.interactive(true).input("1,3\ny\n").run("--config", config.toString(), "remove");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.err())
          .contains("3 skills in the config:")
          .contains("[ ] 2 a-s1")
          .contains("Remove which?")
          .contains("Remove a-s0, a-s2 and uninstall them? [y/N]");
      assertThat(w.claude("a-s0")).doesNotExist();
      assertThat(w.claude("a-s2")).doesNotExist();
      assertThat(w.claude("a-s1").resolve("SKILL.md")).exists();
      assertThat(Files.readString(config)).doesNotContain("a-s0").contains("a-s1");
    }
  }

  @Test
  void enterAtTheQuestionKeepsEverything() throws Exception {
    try (ApplyWorld w = world(tmp)) {
      Path config = w.config();
      String before = Files.readString(config);
      CliHarness.Result r =
          w.cli.interactive(true).input("2\n\n").run("--config", config.toString(), "remove");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.err() + r.out()).contains("cancelled; nothing removed");
      assertThat(Files.readString(config)).isEqualTo(before);
      assertThat(w.claude("a-s1").resolve("SKILL.md")).exists();
    }
  }

  @Test
  void yesSkipsTheQuestionAndWorksWithIdsToo() throws Exception {
    try (ApplyWorld w = world(tmp)) {
      Path config = w.config();
      CliHarness.Result picked =
          w.cli.interactive(true).input("2\n").run("--config", config.toString(), "remove", "-y");
      assertThat(picked.exitCode()).as(picked.toString()).isZero();
      assertThat(picked.err()).doesNotContain("[y/N]");
      assertThat(w.claude("a-s1")).doesNotExist();

      CliHarness.Result named =
          w.cli.interactive(false).run("--config", config.toString(), "remove", "a-s0", "-y");
      assertThat(named.exitCode()).as(named.toString()).isZero();
      assertThat(w.claude("a-s0")).doesNotExist();
      assertThat(w.claude("a-s2").resolve("SKILL.md")).exists();
    }
  }
}
