package dev.edenskills.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.TestRepos;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Registry sync (CONTRACT §11): through the reactor under its bound, resolution offline from the
 * synced copy, {@code apply} pinned to the lock, {@code update} moving to newer versions, and the
 * warnings and errors around it.
 */
class RegistrySyncAndUpdateTest {
  @TempDir Path tmp;
  RegistryWorld w;
  TestRepos.Repo official;

  @BeforeEach
  void world() throws Exception {
    w = new RegistryWorld(tmp).pdfRepo();
    official = w.registry("official");
    official
        .file("index/p/pdf.toml", w.pdfEntry("Read and write PDF files", "acme/pdf"))
        .commit("official index");
    w.use("official", 100).writeConfig();
  }

  @AfterEach
  void close() {
    w.close();
  }

  private String skillMd(String id) throws Exception {
    return Files.readString(w.claude(id).resolve("SKILL.md"));
  }

  @Test
  void resolutionWorksOfflineOnceTheRegistryIsSynced() throws Exception {
    String lint = w.simpleRepo("lint", "Lints markdown");
    official
        .file(
            "index/l/lint.toml",
            RegistryWorld.entry("lint", "Lints markdown", w.skillUrl("acme/lint"))
                + RegistryWorld.version("0.1.0", "v0.1.0", lint, false))
        .commit("add lint");
    CliHarness.Result first = w.run("install", "pdf@^1", "--target", "claude-code");
    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(Files.isDirectory(w.store().resolve("registries/official/index"))).isTrue();

    w.registries.close();
    CliHarness.Result search = w.run("search", "markdown");
    assertThat(search.exitCode()).as(search.toString()).isZero();
    assertThat(search.out()).contains("lint").contains("0.1.0");
    CliHarness.Result install = w.run("install", "lint", "--target", "claude-code");
    assertThat(install.exitCode()).as(install.toString()).isZero();
    assertThat(skillMd("lint")).contains("Lints markdown");
    CliHarness.Result apply = w.run("apply");
    assertThat(apply.exitCode()).as(apply.toString()).isZero();
    assertThat(apply.out()).contains("failed=0");
  }

  @Test
  void planNamesASkillNoRegistryResolvesInsteadOfLeavingItOut() throws Exception {
    CliHarness.Result install = w.run("install", "pdf@^1", "--target", "claude-code");
    assertThat(install.exitCode()).as(install.toString()).isZero();
    Path config = w.config();
    String text = Files.readString(config);
    assertThat(text).contains("^1");
    Files.writeString(config, text.replace("^1", "^9"));

    CliHarness.Result plan = w.run("plan", "--exit-code");

    assertThat(plan.err()).contains("skill pdf is not planned").contains("NO_MATCHING_VERSION");
    assertThat(plan.exitCode()).as("not converged: apply would fail pdf").isEqualTo(3);
    assertThat(plan.out()).doesNotContain("nothing to do");
  }

  @Test
  void aRegistryThatCannotBeReachedWithoutACopyIsAClearError() throws Exception {
    w.registries.close();
    CliHarness.Result r = w.run("install", "pdf", "--target", "claude-code");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains("registry official could not be synced")
        .contains("REGISTRY_UNAVAILABLE")
        .contains("no copy exists");
  }

  @Test
  void applyStaysPinnedAndUpdateMovesToTheNewestMatchingVersion() throws Exception {
    CliHarness.Result install = w.run("install", "pdf@^1", "--target", "claude-code");
    assertThat(install.exitCode()).as(install.toString()).isZero();
    assertThat(skillMd("pdf")).contains("v1.1.0");

    // The registry publishes 1.3.0 (a new commit of the skill's repository).
    TestRepos.Repo pdf = w.skillRepo("acme/pdf");
    pdf.skill("skills/pdf", "pdf", "PDF tools v1.3.0");
    String c130 = pdf.commit("pdf 1.3.0");
    pdf.tag("v1.3.0", c130);
    official
        .file(
            "index/p/pdf.toml",
            w.pdfEntry("Read and write PDF files", "acme/pdf")
                + RegistryWorld.version("1.3.0", "v1.3.0", c130, false))
        .commit("publish pdf 1.3.0");

    CliHarness.Result apply = w.run("apply", "--update");
    assertThat(apply.exitCode()).as(apply.toString()).isZero();
    assertThat(skillMd("pdf")).contains("v1.3.0");

    // Back to the old lock: a plain apply keeps what the lock pins, even with 1.3.0 synced.
    CliHarness.Result pinned = w.run("install", "pdf@~1.1", "--target", "claude-code");
    assertThat(pinned.exitCode()).as(pinned.toString()).isZero();
    Files.writeString(
        w.config(), Files.readString(w.config()).replace("version = \"~1.1\"", "version = \"^1\""));
    CliHarness.Result again = w.run("apply");
    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(skillMd("pdf")).contains("v1.1.0");
    assertThat(w.lock()).contains("version = \"1.1.0\"");

    CliHarness.Result update = w.run("update");
    assertThat(update.exitCode()).as(update.toString()).isZero();
    assertThat(update.out()).contains("version 1.1.0 -> 1.3.0");
    assertThat(skillMd("pdf")).contains("v1.3.0");
    assertThat(w.lock()).contains("version = \"1.3.0\"").contains(c130);
  }

  @Test
  void aRefThatMovedIsAWarningAndTheRecordedCommitIsInstalled() throws Exception {
    TestRepos.Repo pdf = w.skillRepo("acme/pdf");
    pdf.skill("skills/pdf", "pdf", "PDF tools retagged");
    String moved = pdf.commit("someone moved the tag");
    pdf.tag("v1.0.0", moved);
    CliHarness.Result r = w.run("install", "pdf@1.0.0", "--target", "claude-code");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains("ref v1.0.0 now points at " + moved.substring(0, 12))
        .contains("installing the recorded commit");
    assertThat(skillMd("pdf")).contains("PDF tools v1.0.0");
  }

  @Test
  void registrySyncObeysTheReactorBoundAtTheServer() throws Exception {
    for (int i = 0; i < 6; i++) {
      w.registry("r" + i).file("index/x/x" + i + ".toml", "").commit("r" + i);
      w.use("r" + i, i);
    }
    w.reactor("[reactor]\nconcurrency = 2\n").writeConfig();
    w.registries.latency(150);
    CliHarness.Result r = w.run("update");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(w.registries.maxInFlight()).isEqualTo(2);
    for (int i = 0; i < 6; i++) {
      assertThat(w.store().resolve("registries/r" + i + "/manifest.toml")).exists();
    }

    w.registries.reset();
    CliHarness.Result serial = w.run("update", "--concurrency", "1");
    assertThat(serial.exitCode()).as(serial.toString()).isZero();
    assertThat(w.registries.maxInFlight()).isEqualTo(1);
  }

  @Test
  void doctorReportsAStaleIndexAndAYankedLockedVersion() throws Exception {
    CliHarness.Result install = w.run("install", "pdf@1.1.0", "--target", "claude-code");
    assertThat(install.exitCode()).as(install.toString()).isZero();
    CliHarness.Result healthy = w.run("doctor");
    assertThat(healthy.out()).doesNotContain("REGISTRY_STALE").doesNotContain("VERSION_YANKED");

    official
        .file(
            "index/p/pdf.toml",
            w.pdfEntry("Read and write PDF files", "acme/pdf")
                .replaceFirst(
                    "(version = \"1\\.1\\.0\"\\n"
                        + "ref = \"v1\\.1\\.0\"\\n"
                        + "commit = \"[0-9a-f]{40}\"\\n"
                        + ")yanked = false",
                    "$1yanked = true"))
        .commit("yank 1.1.0");
    CliHarness.Result update = w.run("update");
    // Nothing else matches 1.1.0: the skill keeps its install, and update says why.
    assertThat(update.exitCode()).as(update.toString()).isEqualTo(1);
    assertThat(update.err()).contains("NO_MATCHING_VERSION").contains("skill=pdf stage=resolve");
    assertThat(skillMd("pdf")).contains("v1.1.0");

    Path meta = w.store().resolve("registries/official.toml");
    Files.writeString(
        meta,
        Files.readString(meta)
            .replaceAll("synced_at = \"[^\"]+\"", "synced_at = \"2026-01-01T00:00:00Z\""));
    CliHarness.Result doctor = w.run("doctor");
    assertThat(doctor.out())
        .contains("REGISTRY_STALE")
        .contains("more than 30 days")
        .contains("VERSION_YANKED")
        .contains("pdf 1.1.0 is installed, but registry official has yanked that version");
  }
}
