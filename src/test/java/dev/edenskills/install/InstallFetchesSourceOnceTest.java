package dev.edenskills.install;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edenskills.testing.CliHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clone made for discovery is the one Phase A installs from (CONTRACT §7): an install costs the
 * server exactly what one fetch of the repository costs, counted at the server.
 */
class InstallFetchesSourceOnceTest {
  @TempDir Path tmp;

  /** Requests one plain {@code apply} of a fresh store makes for {@code repo}: one fetch. */
  private static int oneFetch(InstallWorld w, String repo, String ids) throws Exception {
    Path home = Files.createDirectories(w.tmp.resolve("baseline"));
    Path config = home.resolve("skills.toml");
    StringBuilder toml = new StringBuilder("version = 1\n");
    for (String id : ids.split(",")) {
      toml.append(
          """
          [[skills]]
          id = "%s"
          [skills.source]
          repo = "%s"
          subpath = "skills/%s"
          [[skills.targets]]
          agent = "custom"
          path = "%s"
          """
              .formatted(id, w.url(repo), id, home.resolve("out")));
    }
    Files.writeString(config, toml);
    w.server.reset();
    CliHarness.Result r = new CliHarness(home).run("--config", config.toString(), "apply");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    return w.server.requests(repo);
  }

  @Test
  void installFetchesOnceThenApplyReusesTheLock() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      w.repo("acme/skills")
          .skill("skills/pdf", "pdf", "PDFs")
          .skill("skills/docx", "docx", "Documents")
          .skill("skills/xlsx", "xlsx", "Sheets")
          .commit("three");
      int fetch = oneFetch(w, "acme/skills", "pdf,docx,xlsx");
      assertThat(fetch).isPositive();

      w.server.reset();
      CliHarness.Result r = w.cli.run("--json", "install", w.url("acme/skills"), "--all");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(w.server.requests("acme/skills")).as("requests of one install").isEqualTo(fetch);
      JsonNode json = new ObjectMapper().readTree(r.out());
      assertThat(json.path("apply").path("sync").path("cloned").asInt()).isEqualTo(3);
      assertThat(json.path("apply").path("actions")).hasSize(3);
      assertThat(json.path("source").path("commit").asText()).matches("[0-9a-f]{40}");
      assertThat(w.installed()).containsExactly("docx", "pdf", "xlsx");

      w.server.reset();
      CliHarness.Result apply = w.cli.run("apply");
      assertThat(apply.exitCode()).as(apply.toString()).isZero();
      assertThat(apply.out()).contains("skipped=3").contains("noop=3");
      assertThat(w.server.requests()).as("apply right after install").isZero();
    }
  }

  @Test
  void reinstallingFetchesOnceAndUpdatesToTheNewCommit() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      var repo = w.repo("acme/skills").skill("skills/pdf", "pdf", "PDFs v1");
      repo.commit("v1");
      assertThat(w.install(w.url("acme/skills")).exitCode()).isZero();
      int fetch = oneFetch(w, "acme/skills", "pdf");

      repo.skill("skills/pdf", "pdf", "PDFs v2").commit("v2");
      w.server.reset();
      CliHarness.Result r = w.install(w.url("acme/skills"));
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.out()).contains("update pdf").contains("updated=1").contains("update=1");
      // The store already held the repository: an incremental fetch, still a single one.
      assertThat(w.server.requests("acme/skills")).isPositive().isLessThanOrEqualTo(fetch);
      assertThat(w.claude("pdf").resolve("SKILL.md")).content().contains("PDFs v2");
      assertThat(Files.readString(w.lock())).contains(repo.head());
    }
  }

  @Test
  void dryRunShowsTheEntriesAndTargetsAndWritesNothing() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      w.repo("acme/skills")
          .skill("skills/pdf", "pdf", "PDFs")
          .skill("skills/docx", "docx", "Documents")
          .commit("two");
      CliHarness.Result r =
          w.install(
              w.url("acme/skills"), "--all", "--dry-run", "--target", "cursor", "custom:./out");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.out())
          .contains("targets: cursor, custom:./out (--target)")
          .contains("add pdf (skills/pdf, symlink)")
          .contains("-> " + w.home.resolve(".cursor/skills/pdf"))
          .contains("-> " + w.home.resolve(".eden-skills/out/docx"))
          .contains("dry run: nothing written");
      assertThat(w.config()).doesNotExist();
      assertThat(w.lock()).doesNotExist();
      assertThat(w.home.resolve(".cursor")).doesNotExist();
      assertThat(w.home.resolve(".eden-skills/out")).doesNotExist();

      CliHarness.Result json = w.cli.run("--json", "install", w.url("acme/skills"), "--dry-run");
      assertThat(json.exitCode()).as(json.toString()).isZero();
      JsonNode doc = new ObjectMapper().readTree(json.out());
      assertThat(doc.path("dry_run").asBoolean()).isTrue();
      assertThat(doc.path("skills")).hasSize(2);
      assertThat(doc.path("skills").get(0).path("action").asText()).isEqualTo("add");
      assertThat(doc.path("apply").isNull()).isTrue();
      assertThat(w.config()).doesNotExist();
    }
  }
}
