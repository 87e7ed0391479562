package dev.edenskills.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.TestRepos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile or broken sources: invalid SKILL.md files are skipped with a warning naming the file and
 * the problem, a front-matter name is never used as a path before it is valid, and nothing lands
 * outside the target root.
 */
class InstallRefusesBadSkillsTest {
  private static final String LONG_NAME = "a".repeat(65);

  @TempDir Path tmp;

  @Test
  void aSourceWithoutSkillMdFailsWithAClearMessageAndWritesNothing() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      w.repo("acme/empty").file("README.md", "# nothing here").file("docs/x.md", "x").commit("0");
      Set<String> before = w.visibleTree();
      CliHarness.Result r = w.install(w.url("acme/empty"), "--all");
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
      assertThat(r.err())
          .contains("error[NO_SKILLS_FOUND] no SKILL.md found in " + w.url("acme/empty"));
      assertThat(w.visibleTree()).isEqualTo(before);
    }
  }

  /**
   * A repository where every skill is unusable in a different way: the only kinds a lenient install
   * still skips (CONTRACT §1).
   */
  private static TestRepos.Repo allBroken(TestRepos.Repo repo) {
    return repo.file("skills/broken-yaml/SKILL.md", "---\nname: [unclosed\ndescription: x\n---\n")
        .file("skills/no-description/SKILL.md", "---\nname: no-description\n---\n")
        .file("skills/@@@/SKILL.md", "---\nname: '%%%'\ndescription: no safe id\n---\n")
        .file("skills/no-front/SKILL.md", "# just markdown\n");
  }

  @Test
  void everyInvalidSkillIsRefusedWithItsFileAndProblem() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      allBroken(w.repo("acme/broken")).commit("broken");
      Set<String> before = w.visibleTree();
      CliHarness.Result r = w.install(w.url("acme/broken"), "--all");
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
      assertThat(r.err())
          .contains("warning[INVALID_YAML] skills/broken-yaml/SKILL.md: ")
          .contains("warning[MISSING_FIELD] skills/no-description/SKILL.md: no description")
          .contains("warning[INVALID_NAME] skills/@@@/SKILL.md: ")
          .contains("gives no safe id")
          .contains("warning[NO_FRONT_MATTER] skills/no-front/SKILL.md: ")
          .contains("error[NO_VALID_SKILLS]");
      // No config, no lock, no target.
      assertThat(w.visibleTree()).isEqualTo(before);
    }
  }

  @Test
  void namesWrittenLikePathsInstallUnderTheirFolderNamesAndNeverEscape() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      w.repo("acme/paths")
          .skill("skills/dots", "..", "climbs")
          .skill("skills/climb", "../../x", "climbs out")
          .skill("skills/slash", "a/b", "nests")
          .skill("skills/long", LONG_NAME, "too long")
          .commit("paths");
      CliHarness.Result r = w.install(w.url("acme/paths"), "--all");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(w.installed()).containsExactly("a".repeat(64), "climb", "dots", "slash");
      assertThat(r.err())
          .contains("warning[NAME_FROM_FOLDER] 3 skills have no usable name")
          .contains("warning[NAME_OUTSIDE_SPEC] 1 skill has names outside");
      assertThat(tmp.resolve("x")).doesNotExist();
      assertThat(w.home.resolve(".claude/x")).doesNotExist();
      assertThat(w.visibleTree())
          .filteredOn(p -> p.startsWith("home/.claude/"))
          .allMatch(p -> p.startsWith("home/.claude/skills"));
    }
  }

  @Test
  void validSkillsBesideBrokenOnesAreInstalledAndOnlyUnderTheTargetRoot() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      allBroken(w.repo("acme/mixed")).skill("skills/good", "good", "Fine").commit("mixed");
      CliHarness.Result r = w.install(w.url("acme/mixed"));
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.err()).contains("warning[INVALID_YAML]").contains("skills/broken-yaml/SKILL.md");
      assertThat(w.installed()).containsExactly("good");
      assertThat(w.skills()).extracting(s -> s.id()).containsExactly("good");
      assertThat(tmp.resolve("x")).doesNotExist();
      assertThat(w.home.resolve(".claude/x")).doesNotExist();
      Set<String> visible = w.visibleTree();
      assertThat(visible)
          .allMatch(
              p ->
                  !p.startsWith("home/")
                      || p.startsWith("home/.claude")
                      || p.startsWith("home/.eden-skills"),
              "only the target root and the tool's own directory");
      assertThat(visible)
          .filteredOn(p -> p.startsWith("home/.claude/"))
          .containsExactlyInAnyOrder("home/.claude/skills", "home/.claude/skills/good");
    }
  }

  @Test
  void askingForAnInvalidOrMissingSkillByNameFails() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      allBroken(w.repo("acme/mixed")).skill("skills/good", "good", "Fine").commit("mixed");
      CliHarness.Result r =
          w.install(w.url("acme/mixed"), "--skill", "broken-yaml", "nothing-here");
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
      assertThat(r.err()).contains("error[SKILL_NOT_FOUND]").contains("found: good");
      assertThat(w.config()).doesNotExist();
      assertThat(w.claudeRoot()).doesNotExist();
    }
  }

  @Test
  void aSkillWithASymlinkOutOfTheRepositoryIsNeverInstalled() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      w.repo("acme/evil")
          .skill("skills/evil", "evil", "Leaks")
          .symlink("skills/evil/passwd", "/etc/passwd")
          .skill("skills/sneaky", "sneaky", "Climbs")
          .symlink("skills/sneaky/up", "../../../outside")
          .skill("skills/fine", "fine", "Links inside its own directory")
          .file("skills/fine/docs/notes.md", "shared notes")
          .symlink("skills/fine/notes.md", "docs/notes.md")
          .commit("evil");
      for (String mode : new String[] {"symlink", "copy"}) {
        CliHarness.Result r =
            mode.equals("copy")
                ? w.install(w.url("acme/evil"), "--all", "--copy")
                : w.install(w.url("acme/evil"), "--all");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err())
            .contains("warning[SYMLINK_OUTSIDE_REPO] skills/evil/SKILL.md")
            .contains("warning[SYMLINK_OUTSIDE_REPO] skills/sneaky/SKILL.md");
        assertThat(w.installed()).containsExactly("fine");
        assertThat(w.skills()).extracting(s -> s.id()).containsExactly("fine");
        assertThat(w.claude("fine").resolve("notes.md")).content().isEqualTo("shared notes");
      }
      assertThat(Files.isSymbolicLink(w.claude("fine"))).isFalse(); // the copy replaced the link

      // The apply pipeline refuses it too, when a config names such a skill by hand.
      Files.writeString(
          w.config(),
          Files.readString(w.config())
              + "\n[[skills]]\nid = \"evil\"\n[skills.source]\nrepo = \""
              + w.url("acme/evil")
              + "\"\nsubpath = \"skills/evil\"\n[[skills.targets]]\nagent = \"claude-code\"\n");
      CliHarness.Result apply = w.cli.run("apply");
      assertThat(apply.exitCode()).as(apply.toString()).isEqualTo(1);
      assertThat(apply.err()).contains("skill=evil stage=materialize");
      assertThat(w.installed()).containsExactly("fine");
    }
  }

  @Test
  void aLocalDirectoryWithASymlinkOutOfItIsNeverInstalled() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      Path local = Files.createDirectories(w.home.resolve("work/my-skills"));
      TestRepos.skill(local.resolve("evil"), "evil", "Leaks");
      Files.createSymbolicLink(local.resolve("evil/passwd"), Path.of("/etc/passwd"));
      TestRepos.skill(local.resolve("good"), "good", "Fine");
      CliHarness.Result r = w.install("./work/my-skills", "--all");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.err()).contains("warning[SYMLINK_OUTSIDE_REPO] evil/SKILL.md");
      assertThat(w.installed()).containsExactly("good");
      assertThat(w.skill("good").source().repo()).isEqualTo(local.toString());
      assertThat(w.claude("good").toRealPath()).isEqualTo(local.resolve("good").toRealPath());
    }
  }
}
