package dev.edenskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.edenskills.cli.render.Json;
import dev.edenskills.testing.CliHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path home;
  private Path work;
  private CliHarness cli;

  @BeforeEach
  void setUp() throws IOException {
    work = Files.createDirectories(home.resolve("work"));
    cli = new CliHarness(home, work);
  }

  private void skill(String dir, String frontMatter) throws IOException {
    Path d = Files.createDirectories(work.resolve(dir));
    Files.writeString(d.resolve("SKILL.md"), "---\n" + frontMatter + "---\n# Body\n");
  }

  @Test
  void validSkillPrintsOkAndExitsZero() throws IOException {
    skill("pdf", "name: pdf\ndescription: Read PDFs.\n");
    CliHarness.Result r = cli.run("check", "pdf");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("ok pdf\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void everyProblemIsPrintedWithTheFileAndExitIsOne() throws IOException {
    skill("bad", "name: Bad--Name\ndescription: ''\nmetadata: [x]\n");
    CliHarness.Result r = cli.run("check", "bad");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines())
        .containsExactly(
            "error[INVALID_NAME] bad/SKILL.md: line 2, column 7: name \"Bad--Name\" contains \"B\";"
                + " use only lowercase letters a-z, digits and '-'",
            "error[INVALID_DESCRIPTION] bad/SKILL.md: line 3, column 14: description is empty; say"
                + " what the skill does and when to use it",
            "error[INVALID_TYPE] bad/SKILL.md: line 4, column 11: 'metadata' must be a map of"
                + " strings, found a list");
  }

  @Test
  void severalPathsAreAllCheckedAndOneFailureFailsTheRun() throws IOException {
    skill("one", "name: one\ndescription: d\n");
    Files.createDirectories(work.resolve("empty"));
    skill("two", "name: two\ndescription: d\n");
    CliHarness.Result r = cli.run("check", "one", "empty/", "missing", "two/SKILL.md");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).isEqualTo("ok one\nok two\n");
    assertThat(r.err())
        .contains("error[SKILL_MD_MISSING] empty/SKILL.md: no SKILL.md here")
        .contains("error[NOT_A_DIRECTORY] missing: no such directory");
  }

  @Test
  void directoryNameMismatchAndUnknownKeysWarnButPass() throws IOException {
    skill("my-skill", "name: other\ndescription: d\nauthor: me\n");
    CliHarness.Result r = cli.run("check", "my-skill");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("ok other\n");
    assertThat(r.err())
        .contains("warning[UNKNOWN_KEY] my-skill/SKILL.md: line 4, column 1: key \"author\"")
        .contains("warning[NAME_MISMATCH] my-skill/SKILL.md: the directory is named \"my-skill\"");
  }

  @Test
  void strictTurnsWarningsIntoFailure() throws IOException {
    skill("my-skill", "name: other\ndescription: d\n");
    CliHarness.Result r = cli.run("--strict", "check", "my-skill");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("error[NAME_MISMATCH]");
  }

  @Test
  void jsonGivesOneDocumentWithEveryResult() throws IOException {
    skill("good", "name: good\ndescription: d\n");
    skill("bad", "name: good\n");
    CliHarness.Result r = cli.run("check", "--json", "good", "bad");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    JsonNode doc = Json.mapper().readTree(r.out());
    JsonNode results = doc.get("results");
    assertThat(results).hasSize(2);
    assertThat(results.get(0).get("path").asText()).isEqualTo("good");
    assertThat(results.get(0).get("ok").asBoolean()).isTrue();
    assertThat(results.get(0).get("name").asText()).isEqualTo("good");
    assertThat(results.get(0).get("problems")).isEmpty();
    assertThat(results.get(1).get("ok").asBoolean()).isFalse();
    assertThat(results.get(1).get("name").isNull()).isTrue();
    assertThat(results.get(1).get("problems").get(0).get("code").asText())
        .isEqualTo("MISSING_FIELD");
    assertThat(results.get(1).get("problems").get(0).get("message").asText())
        .contains("'description'");
  }

  @Test
  void symlinkedSkillMdFails() throws IOException {
    Path d = Files.createDirectories(work.resolve("linked"));
    Path real =
        Files.writeString(work.resolve("real.md"), "---\nname: linked\ndescription: d\n---\n");
    Files.createSymbolicLink(d.resolve("SKILL.md"), real);
    CliHarness.Result r = cli.run("check", "linked");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("error[SYMLINK_NOT_FOLLOWED] linked/SKILL.md");
  }

  @Test
  void helpWorksWithoutAPath() {
    CliHarness.Result r = cli.run("check", "--help");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Usage: eden-skills check", "PATH...");
  }

  @Test
  void noPathIsAUsageError() {
    CliHarness.Result r = cli.run("check");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("error[USAGE]");
  }
}
