package dev.edenskills.install;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edenskills.config.SkillSpec;
import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.TestRepos;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery as CONTRACT §7 describes it, on layouts taken from published collections: plugin
 * marketplaces, agent folders made of links, hidden collections, and a very large collection.
 */
class InstallFindsSkillsLikeRealCollectionsTest {
  @TempDir Path tmp;

  @Test
  void pluginMarketplaceSkillsAreFoundAndListedWithTheirPlugin() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      w.repo("acme/market")
          .file(
              ".claude-plugin/marketplace.json",
              """
              {"name": "acme", "plugins": [
                {"name": "document-skills", "source": "./", "skills": ["./skills/xlsx"]},
                {"name": "dev-tools", "source": "./plugins/dev"},
                {"name": "elsewhere", "source": {"source": "github", "repo": "o/r"}},
                {"name": "escape", "source": "../outside"}
              ]}
              """)
          .skill("skills/xlsx", "xlsx", "Spreadsheets")
          .skill("plugins/dev/skills/review", "code-review", "Review code")
          .skill("plugins/writing/skills/prose", "prose", "Write prose")
          .commit("marketplace");
      CliHarness.Result list = w.cli.run("--json", "install", w.url("acme/market"), "--list");
      assertThat(list.exitCode()).as(list.toString()).isZero();
      Map<String, String> plugins = new HashMap<>();
      for (JsonNode s : new ObjectMapper().readTree(list.out()).path("skills")) {
        plugins.put(s.path("name").asText(), s.path("plugin").asText());
      }
      assertThat(plugins)
          .containsExactlyInAnyOrderEntriesOf(
              Map.of("xlsx", "document-skills", "code-review", "dev-tools", "prose", "writing"));
      CliHarness.Result text = w.install(w.url("acme/market"), "--list");
      assertThat(text.out()).contains("plugins/dev/skills/review (plugin dev-tools)");

      CliHarness.Result r = w.install(w.url("acme/market"), "--all");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(w.installed()).containsExactly("code-review", "prose", "xlsx");
      System.out.println("[fixture plugin-marketplace] found=3 installed=3 skipped=0");
    }
  }

  @Test
  void anAgentFolderOfLinksIsAnAliasOfTheRealSkillsAndNeverEndsTheSearch() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      w.repo("acme/linked")
          .skill("catalog/alpha", "alpha", "First")
          .skill("catalog/beta", "beta", "Second")
          .skill("catalog/deep/gamma", "gamma", "Not linked from anywhere")
          .symlink(".codex/skills/alpha", "../../catalog/alpha")
          .symlink(".codex/skills/beta", "../../catalog/beta")
          .symlink(".claude/skills/alpha", "../../catalog/alpha")
          .commit("links");
      CliHarness.Result r = w.install(w.url("acme/linked"), "--all");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(w.installed()).containsExactly("alpha", "beta", "gamma");
      Map<String, String> subpaths =
          w.skills().stream().collect(Collectors.toMap(SkillSpec::id, s -> s.source().subpath()));
      assertThat(subpaths)
          .containsExactlyInAnyOrderEntriesOf(
              Map.of(
                  "alpha", "catalog/alpha", "beta", "catalog/beta", "gamma", "catalog/deep/gamma"));
      assertThat(r.err()).doesNotContain("DUPLICATE_SKILL_NAME");
      assertThat(w.claude("alpha").resolve("SKILL.md")).content().contains("alpha");
      System.out.println("[fixture agent-folder-of-links] found=3 installed=3 skipped=0");
    }
  }

  @Test
  void hiddenSkillsAreListedAndInstalledOnlyWhenNamedOrWithAll() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      w.repo("openai/skills")
          .skill("skills/.curated/gh-fix-ci", "gh-fix-ci", "Fix CI")
          .skill("skills/.system/skill-creator", "skill-creator", "Create skills")
          .skill("skills/.system/skill-installer", "skill-installer", "Install skills")
          .commit("openai");
      CliHarness.Result list = w.install(w.url("openai/skills"), "--list");
      assertThat(list.out()).contains("skills/.system/skill-creator (hidden)");

      CliHarness.Result plain = w.install(w.url("openai/skills"));
      assertThat(plain.exitCode()).as(plain.toString()).isZero();
      assertThat(w.installed()).containsExactly("gh-fix-ci");

      CliHarness.Result named = w.install(w.url("openai/skills"), "--skill", "skill-creator");
      assertThat(named.exitCode()).as(named.toString()).isZero();
      assertThat(w.installed()).containsExactly("gh-fix-ci", "skill-creator");

      CliHarness.Result all = w.install(w.url("openai/skills"), "--all");
      assertThat(all.exitCode()).as(all.toString()).isZero();
      assertThat(w.installed()).containsExactly("gh-fix-ci", "skill-creator", "skill-installer");
      System.out.println(
          "[fixture hidden-system] found=3 (2 hidden) installed: plain=1, named=+1, --all=3");
    }
  }

  @Test
  void aThousandSkillCollectionInstallsWithShortOutput() throws Exception {
    int n = 1010;
    try (InstallWorld w = new InstallWorld(tmp)) {
      TestRepos.Repo repo = w.repo("big/collection");
      for (int i = 0; i < n; i++) {
        repo.skill("skills/s" + i, "skill-" + i, "Skill number " + i);
      }
      repo.file("LICENSE", InstallFindsTheRepositoryLicenseTest.MIT);
      repo.commit("big");
      long start = System.nanoTime();
      CliHarness.Result r = w.install(w.url("big/collection"), "--all");
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf(
          "[fixture 1000+ skills] install --all of %d skills took %d ms%n", n, millis);
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(w.installed()).hasSize(n);
      assertThat(r.out()).contains("added " + n + " skills to " + w.config());
      assertThat((r.out() + r.err()).lines()).allMatch(l -> l.length() <= 200);
      assertThat(r.out().lines().count()).isLessThan(20);

      CliHarness.Result doctor = w.cli.run("doctor");
      assertThat(doctor.out().lines().toList())
          .as(doctor.out())
          .containsExactly("doctor: healthy, nothing needs action");
      System.out.printf(
          "[fixture 1000+ skills] found=%d installed=%d skipped=0%n", n, w.installed().size());
    }
  }
}
