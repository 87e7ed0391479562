package dev.edenskills.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.CliHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flags people bring from other skill installers: -s, -t, --id, --force. */
class InstallAcceptsShortFlagsIdAndForceTest {
  @TempDir Path tmp;

  @Test
  void shortSkillAndTargetFlagsPickTheSkillAndTheAgent() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      w.repo("acme/skills")
          .skill("skills/pdf", "pdf", "PDFs")
          .skill("skills/docx", "docx", "Docs")
          .commit("1");
      CliHarness.Result r = w.install(w.url("acme/skills"), "-s", "pdf", "-t", "cursor");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(w.home.resolve(".cursor/skills/pdf/SKILL.md")).exists();
      assertThat(w.installed()).isEmpty();
      assertThat(w.skills()).extracting(s -> s.id()).containsExactly("pdf");
    }
  }

  @Test
  void idRenamesTheOneChosenSkillAndRefusesSeveral() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      w.repo("acme/skills")
          .skill("skills/pdf", "pdf", "PDFs")
          .skill("skills/docx", "docx", "Docs")
          .commit("1");
      CliHarness.Result r = w.install(w.url("acme/skills"), "-s", "pdf", "--id", "my-pdf");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(w.installed()).containsExactly("my-pdf");
      assertThat(w.skill("my-pdf").source().subpath()).isEqualTo("skills/pdf");

      CliHarness.Result several = w.install(w.url("acme/skills"), "--all", "--id", "both");
      assertThat(several.exitCode()).as(several.toString()).isEqualTo(2);
      assertThat(several.err()).contains("--id names one skill, but 2 were chosen");
      assertThat(w.installed()).containsExactly("my-pdf");

      CliHarness.Result bad = w.install(w.url("acme/skills"), "-s", "pdf", "--id", "Bad Id");
      assertThat(bad.exitCode()).as(bad.toString()).isEqualTo(2);
      assertThat(bad.err()).contains("--id");
    }
  }

  @Test
  void forceReplacesADirectoryTheToolDidNotInstall() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      w.repo("acme/skills").skill("skills/pdf", "pdf", "PDFs").commit("1");
      Files.createDirectories(w.claude("pdf"));
      Files.writeString(w.claude("pdf").resolve("mine.md"), "mine");
      CliHarness.Result refused = w.install(w.url("acme/skills"));
      assertThat(refused.err()).contains("not managed by eden-skills");
      assertThat(w.claude("pdf").resolve("mine.md")).exists();
      assertThat(w.claude("pdf").resolve("SKILL.md")).doesNotExist();

      CliHarness.Result forced = w.install(w.url("acme/skills"), "--force");
      assertThat(forced.exitCode()).as(forced.toString()).isZero();
      assertThat(w.claude("pdf").resolve("SKILL.md")).exists();
      assertThat(w.claude("pdf").resolve("mine.md")).doesNotExist();
    }
  }
}
