package dev.edenskills.install;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.TestRepos;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lenient install, strict check (CONTRACT §1): skills from real collections whose front matter
 * strays from the spec install under safe ids with one warning line per kind; only what gives no
 * safe id, no parseable front matter or no description is skipped; {@code --strict} skips every
 * deviation; {@code check} keeps holding authors to the spec.
 */
class InstallForgivesMessyFrontMatterTest {
  @TempDir Path tmp;

  private static String md(String frontMatter) {
    return "---\n" + frontMatter + "---\n\n# body\n";
  }

  /** A collection shaped like the ones measured in issue 10. */
  private static TestRepos.Repo messy(TestRepos.Repo repo) {
    return repo.skill("skills/ahrefs", "Ahrefs Automation", "Automate Ahrefs")
        .skill("skills/anthropic", "anthropic_administrator-automation", "Admin")
        .skill("skills/risk", "-21risk-automation", "Risk")
        .file(
            "skills/claude-api/SKILL.md",
            md("name: claude-api\ndescription: " + "d".repeat(1100) + "\n"))
        .file(
            "skills/sci/SKILL.md",
            md("name: sci\ndescription: Science\nmetadata:\n  tags: [a, b]\n  version: 1.0\n"))
        .file("skills/extra/SKILL.md", md("name: extra\ndescription: Extra\nauthor: someone\n"))
        .skill("skills/clean", "clean", "Meets the spec")
        .skill("skills/zz-ahrefs-copy", "ahrefs automation", "Same id as the first")
        .file("skills/nodesc/SKILL.md", md("name: nodesc\n"))
        .file("skills/broken/SKILL.md", md("name: [unclosed\ndescription: x\n"))
        .file("skills/@@@/SKILL.md", md("name: '%%%'\ndescription: No safe id anywhere\n"))
        .skill("skills/named-by-folder", "../../x", "A path for a name");
  }

  @Test
  void messyNamesInstallUnderSafeIdsWithOneWarningPerKind() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      messy(w.repo("acme/messy")).commit("messy");
      CliHarness.Result r = w.install(w.url("acme/messy"), "--all");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(w.installed())
          .containsExactly(
              "21risk-automation",
              "ahrefs-automation",
              "anthropic-administrator-automation",
              "claude-api",
              "clean",
              "extra",
              "named-by-folder",
              "sci");
      assertThat(w.skill("ahrefs-automation").source().subpath()).isEqualTo("skills/ahrefs");
      assertThat(lines(r.err(), "warning[NAME_OUTSIDE_SPEC]"))
          .singleElement()
          .asString()
          .startsWith(
              "warning[NAME_OUTSIDE_SPEC] 3 skills have names outside the Agent Skills spec;"
                  + " installed as their lowercase forms (e.g. skills/ahrefs/SKILL.md:");
      assertThat(r.err())
          .contains("warning[DESCRIPTION_TOO_LONG] 1 skill has descriptions over 1024 characters")
          .contains("warning[METADATA_NOT_STRING] 1 skill has metadata values that are not strings")
          .contains("warning[UNKNOWN_KEY] 1 skill has front-matter keys outside the spec")
          .contains("warning[NAME_FROM_FOLDER] 1 skill has no usable name")
          .contains("warning[DUPLICATE_SKILL_NAME] skills/zz-ahrefs-copy/SKILL.md: id")
          .contains("warning[MISSING_FIELD] skills/nodesc/SKILL.md: no description")
          .contains("warning[INVALID_YAML] skills/broken/SKILL.md")
          .contains("warning[INVALID_NAME] skills/@@@/SKILL.md");
      assertThat(tmp.resolve("x")).doesNotExist();
      System.out.printf(
          "[fixture messy] found=12 installed=%d skipped=4 (1 duplicate id, 1 no description,"
              + " 1 unparseable YAML, 1 no safe id)%n",
          w.installed().size());
    }
  }

  @Test
  void verboseAndJsonListEveryForgivenSkill() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      messy(w.repo("acme/messy")).commit("messy");
      CliHarness.Result v = w.install(w.url("acme/messy"), "--all", "--dry-run", "-v");
      assertThat(lines(v.err(), "warning[NAME_OUTSIDE_SPEC]")).hasSize(3);
      CliHarness.Result json = w.cli.run("--json", "install", w.url("acme/messy"), "--list");
      assertThat(json.exitCode()).as(json.toString()).isZero();
      JsonNode doc = new ObjectMapper().readTree(json.out());
      List<String> codes = new ArrayList<>();
      doc.path("warnings").forEach(n -> codes.add(n.path("code").asText()));
      assertThat(codes).filteredOn("NAME_OUTSIDE_SPEC"::equals).hasSize(3);
      assertThat(codes).contains("DESCRIPTION_TOO_LONG", "METADATA_NOT_STRING", "UNKNOWN_KEY");
      assertThat(doc.path("skipped").findValuesAsText("path"))
          .contains("skills/nodesc/SKILL.md", "skills/zz-ahrefs-copy/SKILL.md");
    }
  }

  @Test
  void aSkillCanBeNamedAsWrittenOrByItsSafeId() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      messy(w.repo("acme/messy")).commit("messy");
      CliHarness.Result r =
          w.install(w.url("acme/messy"), "--skill", "Ahrefs Automation", "claude-api");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(w.installed()).containsExactly("ahrefs-automation", "claude-api");
    }
  }

  @Test
  void strictSkipsEveryDeviationAndCheckHoldsAuthorsToTheSpec() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      messy(w.repo("acme/messy")).commit("messy");
      CliHarness.Result r = w.cli.run("--strict", "install", w.url("acme/messy"), "--all");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(w.installed()).containsExactly("clean");
      assertThat(r.err())
          .contains("warning[OUTSIDE_SPEC] 8 skills skipped: front matter outside the spec");

      Path local = tmp.resolve("authored/Ahrefs");
      TestRepos.skill(local, "Ahrefs Automation", "Automate Ahrefs");
      CliHarness.Result check = w.cli.run("check", local.toString());
      assertThat(check.exitCode()).as(check.toString()).isNotZero();
      assertThat(check.out() + check.err()).contains("INVALID_NAME");
    }
  }

  private static List<String> lines(String text, String prefix) {
    return text.lines().filter(l -> l.startsWith(prefix)).toList();
  }
}
