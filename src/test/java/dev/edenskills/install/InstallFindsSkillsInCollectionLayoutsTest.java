package dev.edenskills.install;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edenskills.config.SkillSpec;
import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.TestRepos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repositories laid out like the popular skill collections: the right skills are installed, with
 * their ids taken from the front matter, not from directory names.
 */
class InstallFindsSkillsInCollectionLayoutsTest {
  @TempDir Path tmp;

  @Test
  void aRepositoryThatIsOneSkillInstallsItFromTheRoot() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      w.repo("solo/brainstorm").skill(".", "brainstorming", "Think before coding").commit("one");
      CliHarness.Result r = w.install(w.url("solo/brainstorm"));
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.out())
          .contains("targets: claude-code (default: no agent detected)")
          .contains("add brainstorming (., symlink)")
          .contains("source sync: cloned=1 updated=0 skipped=0 failed=0")
          .contains("install: create=1");
      assertThat(w.installed()).containsExactly("brainstorming");
      assertThat(w.claude("brainstorming").resolve("SKILL.md")).content().contains("brainstorming");
      SkillSpec spec = w.skill("brainstorming");
      assertThat(spec.source().repo()).isEqualTo(w.url("solo/brainstorm"));
      assertThat(spec.source().ref()).isEqualTo("HEAD");
      assertThat(spec.source().subpath()).isEqualTo(".");
      assertThat(Files.readString(w.lock())).contains("id = \"brainstorming\"");
    }
  }

  @Test
  void skillsDirectoriesAndCuratedAndExperimentalSetsAreAllFound() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      w.repo("acme/skills")
          .skill("skills/PDF Tools", "pdf", "Read PDFs")
          .skill("skills/docx", "docx", "Edit documents")
          .skill("skills/.curated/gh-fix-ci", "gh-fix-ci", "Fix CI")
          .skill("skills/.experimental/canvas", "canvas-design", "Draw")
          .file("skills/README.md", "not a skill")
          .file("skills/template/README.md", "no SKILL.md here")
          .commit("collection");
      CliHarness.Result r = w.install(w.url("acme/skills"), "--all");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(w.installed()).containsExactly("canvas-design", "docx", "gh-fix-ci", "pdf");
      Map<String, String> subpaths =
          w.skills().stream().collect(Collectors.toMap(SkillSpec::id, s -> s.source().subpath()));
      assertThat(subpaths)
          .containsExactlyInAnyOrderEntriesOf(
              Map.of(
                  "pdf", "skills/PDF Tools",
                  "docx", "skills/docx",
                  "gh-fix-ci", "skills/.curated/gh-fix-ci",
                  "canvas-design", "skills/.experimental/canvas"));
      assertThat(r.err()).contains("downloaded " + w.url("acme/skills") + " (default branch)");
    }
  }

  @Test
  void nestedLayoutsAreFoundByTheRecursiveSearch() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      w.repo("acme/plugins")
          .skill("bundles/writing/skills/prose", "prose", "Write prose")
          .skill("bundles/dev/skills/review", "code-review", "Review code")
          .skill("src/deep/er/still/lint", "lint", "Lint")
          .file("node_modules/pkg/SKILL.md", TestRepos.skillMd("vendored", "never found"))
          .commit("nested");
      CliHarness.Result r = w.install(w.url("acme/plugins"), "--all");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(w.installed()).containsExactly("code-review", "lint", "prose");
      assertThat(w.skill("lint").source().subpath()).isEqualTo("src/deep/er/still/lint");
    }
  }

  @Test
  void aRootSkillAndASkillsDirectoryAreBothInstalled() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      w.repo("acme/mixed")
          .skill(".", "umbrella", "The collection itself")
          .skill("skills/one", "one", "One")
          .commit("mixed");
      CliHarness.Result r = w.install(w.url("acme/mixed"));
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(w.installed()).containsExactly("one", "umbrella");
    }
  }

  @Test
  void aMonorepoWithMoreThanAHundredSkillsInstallsThemAllFromOneFetch() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      TestRepos.Repo repo = w.repo("big/mono");
      Set<String> expected = new TreeSet<>();
      for (int i = 0; i < 120; i++) {
        String name = "skill-" + i;
        repo.skill((i % 2 == 0 ? "skills/" : "packages/") + "dir" + i, name, "Skill number " + i);
        expected.add(name);
      }
      repo.commit("monorepo");
      CliHarness.Result r = w.cli.run("--json", "install", w.url("big/mono"), "--all");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      JsonNode json = new ObjectMapper().readTree(r.out());
      assertThat(json.path("skills")).hasSize(120);
      assertThat(json.path("apply").path("sync").path("cloned").asInt()).isEqualTo(120);
      assertThat(json.path("apply").path("verify").path("passed").asInt()).isEqualTo(120);
      assertThat(json.path("targets").path("why").asText()).isEqualTo("default: no agent detected");
      assertThat(w.installed()).isEqualTo(expected);
      assertThat(w.skills()).hasSize(120);
    }
  }

  @Test
  void listShowsNameDescriptionAndPathAndWritesNothing() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      w.repo("acme/skills")
          .skill("skills/pdf", "pdf", "Read PDFs")
          .skill("skills/.curated/docx", "docx", "Edit documents")
          .commit("two");
      CliHarness.Result text = w.install(w.url("acme/skills"), "--list");
      assertThat(text.exitCode()).as(text.toString()).isZero();
      assertThat(text.out())
          .containsPattern("docx +Edit documents +skills/.curated/docx")
          .containsPattern("pdf +Read PDFs +skills/pdf");
      CliHarness.Result json = w.cli.run("--json", "install", w.url("acme/skills"), "--list");
      assertThat(json.exitCode()).as(json.toString()).isZero();
      JsonNode doc = new ObjectMapper().readTree(json.out());
      assertThat(doc.path("skills").get(1).path("name").asText()).isEqualTo("pdf");
      assertThat(doc.path("skills").get(1).path("description").asText()).isEqualTo("Read PDFs");
      assertThat(doc.path("skills").get(1).path("path").asText()).isEqualTo("skills/pdf");
      assertThat(doc.path("source").path("commit").asText()).matches("[0-9a-f]{40}");
      assertThat(w.config()).doesNotExist();
      assertThat(w.lock()).doesNotExist();
      assertThat(w.claudeRoot()).doesNotExist();
    }
  }
}
