package dev.edenskills.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.CliHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a terminal, several skills and neither --skill nor --all: a checkbox list, then a confirmation
 * unless -y. Driven through the CLI's input seam with typed answers.
 */
class InstallAsksOnATerminalTest {
  @TempDir Path tmp;
  private InstallWorld w;

  @BeforeEach
  void repo() throws Exception {
    w = new InstallWorld(tmp);
    w.repo("acme/skills")
        .skill("skills/a-docx", "docx", "Documents")
        .skill("skills/b-pdf", "pdf", "PDFs")
        .skill("skills/c-xlsx", "xlsx", "Sheets")
        .commit("three");
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    w.close();
  }

  @Test
  void thePickedSkillsAreInstalledAfterConfirmation() {
    w.cli.interactive(true).input("1,3\ny\n");
    CliHarness.Result r = w.install(w.url("acme/skills"));
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains("Found 3 skills:")
        .contains("[x] 1 docx - Documents")
        .contains("[x] 2 pdf - PDFs")
        .contains("Install which?")
        .contains("Install 2 skills? [Y/n]");
    assertThat(w.installed()).containsExactly("docx", "xlsx");
    assertThat(w.skills()).extracting(s -> s.id()).containsExactly("docx", "xlsx");
  }

  @Test
  void aTypoIsAskedAgainAndEnterTakesAll() {
    w.cli.interactive(true).input("7\n\n\n");
    CliHarness.Result r = w.install(w.url("acme/skills"));
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).contains("'7' is outside 1-3; try again");
    assertThat(w.installed()).containsExactly("docx", "pdf", "xlsx");
  }

  @Test
  void decliningTheConfirmationWritesNothing() {
    w.cli.interactive(true).input("2\nn\n");
    CliHarness.Result r = w.install(w.url("acme/skills"));
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("add pdf").contains("cancelled; nothing written");
    assertThat(w.config()).doesNotExist();
    assertThat(w.claudeRoot()).doesNotExist();
  }

  @Test
  void choosingNoneOrEndOfInputInstallsNothing() {
    w.cli.interactive(true).input("none\n");
    CliHarness.Result none = w.install(w.url("acme/skills"));
    assertThat(none.exitCode()).as(none.toString()).isZero();
    assertThat(none.out()).contains("no skill chosen; nothing installed");
    w.cli.input("");
    CliHarness.Result eof = w.install(w.url("acme/skills"));
    assertThat(eof.exitCode()).as(eof.toString()).isZero();
    assertThat(w.config()).doesNotExist();
  }

  @Test
  void yesSkipsTheConfirmationButNotThePicker() {
    w.cli.interactive(true).input("2\n");
    CliHarness.Result r = w.install(w.url("acme/skills"), "-y");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).contains("Install which?").doesNotContain("[Y/n]");
    assertThat(w.installed()).containsExactly("pdf");
  }

  @Test
  void skillOrAllNeedNoPickerAndOneSkillNeedsNoChoice() {
    w.cli.interactive(true).input("y\n");
    CliHarness.Result named = w.install(w.url("acme/skills"), "--skill", "xlsx", "docx");
    assertThat(named.exitCode()).as(named.toString()).isZero();
    assertThat(named.err()).doesNotContain("Install which?").contains("Install 2 skills?");
    assertThat(w.installed()).containsExactly("docx", "xlsx");
  }

  @Test
  void withoutATerminalNothingIsAskedAndEverythingIsInstalled() {
    w.cli.interactive(false).input("1\nn\n");
    CliHarness.Result r = w.install(w.url("acme/skills"));
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("Install which?").doesNotContain("[Y/n]");
    assertThat(w.installed()).containsExactly("docx", "pdf", "xlsx");
  }
}
