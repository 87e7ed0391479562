package dev.edenskills.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.TestRepos;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code install <name>} through real registries served over HTTP (CONTRACT §11): the version
 * chosen, the registry chosen, what the lock records, and the errors a user can run into.
 */
class InstallByNameTest {
  @TempDir Path tmp;
  RegistryWorld w;
  String forkCommit;

  @BeforeEach
  void world() throws Exception {
    w = new RegistryWorld(tmp).pdfRepo();
    TestRepos.Repo fork = w.skillRepo("acme/pdf-fork");
    fork.skill("skills/pdf", "pdf", "PDF fork of the team");
    forkCommit = fork.commit("fork 1.5.0");
    fork.tag("v1.5.0", forkCommit);
    String lintCommit = w.simpleRepo("lint", "Lints markdown");

    w.registry("official")
        .file("index/p/pdf.toml", w.pdfEntry("Read and write PDF files", "acme/pdf"))
        .commit("official index");
    w.registry("team")
        .file(
            "index/p/pdf.toml",
            RegistryWorld.entry("pdf", "The team's PDF fork", w.skillUrl("acme/pdf-fork"))
                + "subpath = \"skills/pdf\"\n"
                + RegistryWorld.version("1.5.0", "v1.5.0", forkCommit, false))
        .file(
            "index/l/lint.toml",
            RegistryWorld.entry("lint", "Lints markdown", w.skillUrl("acme/lint"))
                + RegistryWorld.version("0.1.0", "v0.1.0", lintCommit, false))
        .file(
            "index/b/broken.toml",
            RegistryWorld.entry("broken", "Has a bad commit", w.skillUrl("acme/lint"))
                + RegistryWorld.version("0.1.0", "v0.1.0", "not-a-commit", false))
        .commit("team index");
    w.use("official", 100).use("team", 50).writeConfig();
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    w.close();
  }

  private String skillMd(String id) throws Exception {
    return Files.readString(w.claude(id).resolve("SKILL.md"));
  }

  @Test
  void installByNamePicksTheHighestStableVersionThatIsNotYankedAndLocksIt() throws Exception {
    CliHarness.Result r = w.run("install", "pdf", "--target", "claude-code");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    // 1.2.0 is yanked and 2.0.0-rc.1 is a pre-release: 1.1.0 wins.
    assertThat(r.out()).contains("resolved pdf * -> 1.1.0 from registry official");
    assertThat(skillMd("pdf")).contains("PDF tools v1.1.0");
    assertThat(w.lock())
        .contains("registry = \"official\"")
        .contains("name = \"pdf\"")
        .contains("version = \"1.1.0\"")
        .contains("commit = \"" + w.pdfCommits.get("1.1.0") + "\"");
    assertThat(Files.readString(w.config()))
        .contains("name = \"pdf\"")
        .contains("version = \"*\"")
        .doesNotContain("repo = ");

    CliHarness.Result list = w.run("list");
    assertThat(list.out()).contains("pdf@1.1.0 (registry official)");
  }

  @Test
  void requirementsUseNpmRangeSyntax() throws Exception {
    assertThat(installedVersion("pdf@~1.0.0")).isEqualTo("1.0.0");
    assertThat(installedVersion("pdf@^1.0")).isEqualTo("1.1.0");
    assertThat(installedVersion("pdf@>=1.0 <1.1")).isEqualTo("1.0.0");
    assertThat(installedVersion("pdf@1.x")).isEqualTo("1.1.0");
    assertThat(installedVersion("pdf@1.0.0")).isEqualTo("1.0.0");
    // No stable 2.x exists: the pre-release is the best match.
    assertThat(installedVersion("pdf@2.x")).isEqualTo("2.0.0-rc.1");
    CliHarness.Result r = w.run("install", "pdf", "--version", "~1.0", "--target", "claude-code");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(skillMd("pdf")).contains("PDF tools v1.0.0");
  }

  private String installedVersion(String request) throws Exception {
    CliHarness.Result r = w.run("install", request, "--target", "claude-code");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    String md = skillMd("pdf");
    return md.substring(md.indexOf("PDF tools v") + "PDF tools v".length())
        .lines()
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aHigherPriorityRegistryWinsAndRegistryNamesOne() throws Exception {
    CliHarness.Result r = w.run("install", "pdf", "--target", "claude-code");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(skillMd("pdf")).contains("PDF tools");

    CliHarness.Result team =
        w.run("install", "pdf", "--registry", "team", "--target", "claude-code");
    assertThat(team.exitCode()).as(team.toString()).isZero();
    assertThat(skillMd("pdf")).contains("PDF fork of the team");
    assertThat(w.lock()).contains("registry = \"team\"").contains(forkCommit);
    assertThat(Files.readString(w.config())).contains("registry = \"team\"");
  }

  @Test
  void anUnknownNameSaysWhichRegistriesWereSearched() {
    CliHarness.Result r = w.run("install", "nothing-here", "--target", "claude-code");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("SKILL_NOT_IN_REGISTRY").contains("official, team");
  }

  @Test
  void noMatchingVersionListsWhatIsInstallable() {
    CliHarness.Result yanked = w.run("install", "pdf@1.2.0", "--target", "claude-code");
    assertThat(yanked.exitCode()).as(yanked.toString()).isEqualTo(2);
    assertThat(yanked.err())
        .contains("NO_MATCHING_VERSION")
        .contains("registry 'official'")
        .contains("1.0.0, 1.1.0, 2.0.0-rc.1");

    CliHarness.Result bad = w.run("install", "pdf", "--version", "not a range");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("INVALID_VERSION_REQ");
  }

  @Test
  void aMalformedEntryNamesItsFileAndLine() {
    CliHarness.Result r = w.run("install", "broken", "--target", "claude-code");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains("REGISTRY_INDEX_INVALID")
        .contains("registry 'team'")
        .containsPattern("index/b/broken\\.toml:9: commit of 0\\.1\\.0 must be 40");
  }

  @Test
  void aBrokenIndexNeverBreaksSkillsThatDoNotUseIt() throws Exception {
    w.raw(
            """
            [[skills]]
            id = "broken"
            [skills.source]
            name = "broken"
            [[skills.targets]]
            agent = "claude-code"

            [[skills]]
            id = "lint"
            [skills.source]
            name = "lint"
            registry = "team"
            [[skills.targets]]
            agent = "claude-code"
            """)
        .writeConfig();
    CliHarness.Result r = w.run("apply");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("skill=broken stage=resolve").contains("broken.toml");
    assertThat(skillMd("lint")).contains("Lints markdown");
    assertThat(w.lock()).contains("id = \"lint\"").doesNotContain("id = \"broken\"");
  }

  @Test
  void anUnknownFormatVersionIsAClearError() throws Exception {
    w.registry("official")
        .file("manifest.toml", "format_version = 2\nname = \"official\"\n")
        .commit("format 2");
    CliHarness.Result r = w.run("install", "pdf", "--target", "claude-code");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains("REGISTRY_FORMAT_UNSUPPORTED")
        .contains("format_version 2")
        .contains("reads format_version 1");

    // search skips that registry with a warning and still lists the others.
    CliHarness.Result search = w.run("search", "pdf");
    assertThat(search.exitCode()).as(search.toString()).isZero();
    assertThat(search.err()).contains("skipped registry official");
    assertThat(search.out()).contains("The team's PDF fork").doesNotContain("official");
  }

  @Test
  void aDryRunResolvesAndWritesNothing() throws Exception {
    String before = Files.readString(w.config());
    CliHarness.Result r = w.run("install", "pdf@^1", "--dry-run", "--json", "--target", "cursor");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out())
        .startsWith("{")
        .contains("\"version\" : \"1.1.0\"")
        .contains("\"registry\" : \"official\"")
        .contains("\"dry_run\" : true");
    assertThat(Files.readString(w.config())).isEqualTo(before);
    assertThat(w.home.resolve("skills.lock")).doesNotExist();
  }

  @Test
  void searchListsMatchingNamesAndDescriptionsAcrossRegistries() throws Exception {
    w.run("update");
    CliHarness.Result r = w.run("search", "pdf");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out())
        .containsPattern("pdf\\s+1\\.1\\.0\\s+official\\s+Read and write PDF files")
        .containsPattern("pdf\\s+1\\.5\\.0\\s+team\\s+The team's PDF fork")
        .doesNotContain("lint");
    assertThat(r.err()).contains("skipped").contains("broken.toml");
    assertThat(w.run("search", "markdown").out()).contains("lint").doesNotContain("pdf");
  }

  @Test
  void versionAndRegistryFlagsNeedAName() {
    CliHarness.Result r = w.run("install", "acme/pdf", "--version", "^1");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--version and --registry apply to a skill name");
    CliHarness.Result both = w.run("install", "pdf@^1", "--version", "^1");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("the version is given twice");
  }
}
