package dev.edenskills.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.edenskills.common.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkillDiscoveryTest {
  @TempDir Path repo;

  private Path skill(String dir, String name) throws IOException {
    return write(
        dir,
        "---\nname: " + name + "\ndescription: The " + name + " skill.\n---\n# " + name + "\n");
  }

  private Path write(String dir, String content) throws IOException {
    Path d = dir.equals(".") ? repo : repo.resolve(dir);
    Files.createDirectories(d);
    return Files.writeString(d.resolve("SKILL.md"), content);
  }

  private DiscoveryResult discover() {
    return new SkillDiscovery().discover(repo);
  }

  private static List<String> subpaths(DiscoveryResult r) {
    return r.skills().stream().map(DiscoveredSkill::subpath).toList();
  }

  @Test
  void singleSkillAtTheRoot() throws IOException {
    skill(".", "solo");
    Files.createDirectories(repo.resolve("scripts/deep"));
    DiscoveryResult r = discover();
    assertThat(r.skills())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.subpath()).isEqualTo(".");
              assertThat(s.name()).isEqualTo("solo");
              assertThat(s.description()).isEqualTo("The solo skill.");
            });
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void rootSkillAndSkillsDirAreBothReturned() throws IOException {
    skill(".", "collection");
    skill("skills/pdf", "pdf");
    assertThat(subpaths(discover())).containsExactly(".", "skills/pdf");
  }

  @Test
  void skillsOneLevelUnderSkillsDirSortedBySubpath() throws IOException {
    skill("skills/zeta", "zeta");
    skill("skills/alpha", "alpha");
    skill("skills/mid", "mid");
    Files.createDirectories(repo.resolve("skills/not-a-skill/sub"));
    skill("skills/alpha/nested", "nested-is-part-of-alpha");
    DiscoveryResult r = discover();
    assertThat(subpaths(r)).containsExactly("skills/alpha", "skills/mid", "skills/zeta");
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void curatedAndExperimentalLayoutLikeOpenAiSkills() throws IOException {
    skill("skills/.curated/gh-fix-ci", "gh-fix-ci");
    skill("skills/.experimental/notion", "notion");
    skill("skills/.system/skill-creator", "skill-creator");
    DiscoveryResult r = discover();
    assertThat(subpaths(r))
        .containsExactly(
            "skills/.curated/gh-fix-ci",
            "skills/.experimental/notion",
            "skills/.system/skill-creator");
    assertThat(r.skills()).extracting(DiscoveredSkill::hidden).containsExactly(false, false, true);
  }

  @Test
  void packagesAndAgentProjectDirs() throws IOException {
    skill("packages/tool", "tool");
    skill(".claude/skills/review", "review");
    skill(".github/skills/ci", "ci");
    skill(".agents/skills/shared", "shared");
    skill("docs/ignored", "ignored-because-standard-dirs-had-skills");
    assertThat(subpaths(discover()))
        .containsExactly(
            ".agents/skills/shared", ".claude/skills/review", ".github/skills/ci", "packages/tool");
  }

  @Test
  void nestedLayoutNeedsTheRecursiveSearch() throws IOException {
    skill("bundles/documents/skills/docx", "docx");
    skill("bundles/documents/skills/xlsx", "xlsx");
    skill("skills/category/nested", "nested");
    skill("a/b/c/d/e/six", "six");
    skill("a/b/c/d/e/f/seven", "too-deep");
    skill("node_modules/pkg/dep", "from-deps");
    skill(".git/hooks/x", "in-git");
    skill(".hidden/x", "hidden");
    skill(".claude/plugins/p", "agent-dir-is-searched");
    DiscoveryResult r = discover();
    assertThat(subpaths(r))
        .containsExactly(
            ".claude/plugins/p",
            "a/b/c/d/e/six",
            "bundles/documents/skills/docx",
            "bundles/documents/skills/xlsx",
            "skills/category/nested");
  }

  @Test
  void recursiveSearchStopsAtTheDirectoryBudgetWithAWarning() throws IOException {
    for (int i = 0; i < 30; i++) {
      Files.createDirectories(repo.resolve("d" + String.format("%02d", i) + "/x"));
    }
    skill("zz/skill", "late");
    DiscoveryResult r = new SkillDiscovery(new SkillDiscovery.Limits(6, 20)).discover(repo);
    assertThat(r.skills()).isEmpty();
    assertThat(r.warnings())
        .extracting(SkillWarning::code)
        .containsExactly(SkillWarning.SEARCH_LIMIT_REACHED);
  }

  @Test
  void monorepoWithManySkills() throws IOException {
    for (int i = 119; i >= 0; i--) {
      skill("skills/skill-" + String.format("%03d", i), "skill-" + i);
    }
    DiscoveryResult r = discover();
    assertThat(r.skills()).hasSize(120);
    assertThat(r.skills().getFirst().subpath()).isEqualTo("skills/skill-000");
    assertThat(r.skills().getLast().subpath()).isEqualTo("skills/skill-119");
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void symlinkedSkillMdAndSymlinkedDirsAreSkippedWithWarnings() throws IOException {
    skill("skills/real", "real");
    Path elsewhere = Files.createDirectories(repo.resolve("outside"));
    Path target =
        Files.writeString(elsewhere.resolve("x.md"), "---\nname: linked\ndescription: d\n---\n");
    Files.createDirectories(repo.resolve("skills/linked-file"));
    Files.createSymbolicLink(repo.resolve("skills/linked-file/SKILL.md"), target);
    // A linked directory inside the repository is the same skill as its target: listed once.
    Files.createSymbolicLink(repo.resolve("skills/linked-dir"), repo.resolve("skills/real"));
    DiscoveryResult r = discover();
    assertThat(subpaths(r)).containsExactly("skills/real");
    assertThat(r.warnings())
        .extracting(SkillWarning::path, SkillWarning::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "skills/linked-file/SKILL.md", SkillProblem.SYMLINK_NOT_FOLLOWED));
  }

  @Test
  void aSkillMdLinkedRelativelyToAFileElsewhereInTheRepositoryIsFound() throws IOException {
    skill("engineering-team/a11y-audit", "a11y-audit");
    Files.createDirectories(repo.resolve(".gemini/skills/a11y-audit"));
    Files.createSymbolicLink(
        repo.resolve(".gemini/skills/a11y-audit/SKILL.md"),
        Path.of("../../../engineering-team/a11y-audit/SKILL.md"));
    DiscoveryResult r = discover();
    assertThat(subpaths(r)).containsExactly(".gemini/skills/a11y-audit");
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void symlinkedContainerIsNotFollowed(@TempDir Path outside) throws IOException {
    Path other = Files.createDirectories(outside.resolve("skills/evil"));
    Files.writeString(other.resolve("SKILL.md"), "---\nname: evil\ndescription: d\n---\n");
    Files.createSymbolicLink(repo.resolve("skills"), outside.resolve("skills"));
    skill("packages/good", "good");
    DiscoveryResult r = discover();
    assertThat(subpaths(r)).containsExactly("packages/good");
    assertThat(r.warnings()).extracting(SkillWarning::path).containsExactly("skills");
  }

  @Test
  void invalidSkillsAreReportedAndSkipped() throws IOException {
    skill("skills/good", "good");
    write("skills/bad", "---\nname: Bad Name\ndescription: ''\n---\n");
    write("skills/traversal", "---\nname: ../../etc\ndescription: d\n---\n");
    write("skills/no-front", "# just markdown\n");
    DiscoveryResult r = discover();
    // A name written like a path is never made safe: the folder name gives the id.
    assertThat(r.skills()).extracting(DiscoveredSkill::name).containsExactly("good", "traversal");
    assertThat(r.skills().getLast().deviations())
        .extracting(SkillProblem::code)
        .containsExactly(SkillProblem.NAME_FROM_FOLDER);
    assertThat(r.warnings())
        .extracting(SkillWarning::path, SkillWarning::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("skills/bad/SKILL.md", SkillProblem.MISSING_FIELD),
            org.assertj.core.groups.Tuple.tuple(
                "skills/no-front/SKILL.md", SkillProblem.NO_FRONT_MATTER));

    DiscoveryResult strict = new SkillDiscovery(SkillDiscovery.Limits.DEFAULT, true).discover(repo);
    assertThat(subpaths(strict)).containsExactly("skills/good");
    assertThat(strict.warnings())
        .extracting(SkillWarning::code)
        .contains(SkillWarning.OUTSIDE_SPEC);
  }

  @Test
  void onlyInvalidSkillsInStandardDirsDoNotTriggerTheRecursiveSearch() throws IOException {
    write("skills/bad", "no front matter\n");
    skill("elsewhere/deep", "deep");
    DiscoveryResult r = discover();
    assertThat(r.skills()).isEmpty();
    assertThat(r.warnings())
        .extracting(SkillWarning::code)
        .containsExactly(SkillProblem.NO_FRONT_MATTER);
  }

  @Test
  void duplicateNamesKeepTheFirstInSearchOrder() throws IOException {
    skill("skills/pdf", "pdf");
    skill(".claude/skills/pdf-copy", "pdf");
    DiscoveryResult r = discover();
    assertThat(subpaths(r)).containsExactly("skills/pdf");
    assertThat(r.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.code()).isEqualTo(SkillWarning.DUPLICATE_SKILL_NAME);
              assertThat(w.path()).isEqualTo(".claude/skills/pdf-copy/SKILL.md");
              assertThat(w.message()).contains("skills/pdf");
            });
  }

  @Test
  void emptyRepoFindsNothing() {
    DiscoveryResult r = discover();
    assertThat(r.skills()).isEmpty();
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void rootThatIsNotADirectoryIsAUsageProblem() {
    assertThatThrownBy(() -> new SkillDiscovery().discover(repo.resolve("missing")))
        .isInstanceOf(Problem.class)
        .hasMessageContaining("not a directory");
  }
}
