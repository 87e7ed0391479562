package dev.edenskills.apply;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edenskills.testing.ApplyWorld;
import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.TestRepos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: a collection whose {@code .gemini/skills/a11y-audit/} holds only links ({@code SKILL.md
 * -> ../../../engineering-team/a11y-audit/SKILL.md} and a reference file) installs readable in both
 * modes, through {@code apply} and {@code install}; a dangling link inside an installed skill fails
 * verification, is a {@code BROKEN_SYMLINK} for doctor, and repair fixes it.
 */
class InRepositoryLinksInstallReadableTest {
  private static final String SUBPATH = ".gemini/skills/a11y-audit";

  @TempDir Path tmp;

  /** The collection: the real skill under engineering-team/, the agent folder made of links. */
  static void collection(ApplyWorld w) {
    TestRepos.create(w.repos, "coll")
        .skill("engineering-team/a11y-audit", "a11y-audit", "Audit accessibility")
        .file("engineering-team/a11y-audit/references/wcag.md", "WCAG 2.2 AA\n")
        .symlink(SUBPATH + "/SKILL.md", "../../../engineering-team/a11y-audit/SKILL.md")
        .symlink(SUBPATH + "/wcag.md", "../../../engineering-team/a11y-audit/references/wcag.md")
        .commit("links");
  }

  static void assertReadable(Path skill) throws IOException {
    assertThat(skill.resolve("SKILL.md")).isRegularFile().content().contains("name: a11y-audit");
    assertThat(skill.resolve("wcag.md")).isRegularFile().hasContent("WCAG 2.2 AA\n");
  }

  ApplyWorld world(String mode, String... extraChecks) throws IOException {
    ApplyWorld w = new ApplyWorld(tmp);
    collection(w);
    String targets = ApplyWorld.agents("claude-code");
    if (extraChecks.length > 0) {
      targets += "[skills.verify]\nchecks = [\"" + String.join("\", \"", extraChecks) + "\"]\n";
    }
    w.skill("a11y-audit", w.server.url("coll"), "main", SUBPATH, mode, targets);
    return w;
  }

  @Test
  void applyInstallsTheLinkedFilesReadableInSymlinkMode() throws Exception {
    try (ApplyWorld w = world("symlink")) {
      CliHarness.Result r = w.run("apply");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.out()).contains("verify: passed=1 failed=0");
      assertThat(Files.isSymbolicLink(w.claude("a11y-audit"))).isTrue();
      assertReadable(w.claude("a11y-audit"));
      assertThat(errorCodes(w)).isEmpty();
    }
  }

  @Test
  void applyInstallsTheLinkedFilesAsRegularFilesInCopyMode() throws Exception {
    try (ApplyWorld w = world("copy")) {
      CliHarness.Result r = w.run("apply");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      Path skill = w.claude("a11y-audit");
      assertReadable(skill);
      assertThat(Files.isSymbolicLink(skill.resolve("SKILL.md"))).isFalse();
      assertThat(Files.isSymbolicLink(skill.resolve("wcag.md"))).isFalse();
      // The copy hashes like its source seen within the snapshot: the next apply changes nothing.
      CliHarness.Result again = w.run("apply");
      assertThat(again.out()).contains("install: create=0 update=0 noop=1");
      assertThat(errorCodes(w)).isEmpty();
    }
  }

  @Test
  void installFindsTheLinkedSkillAndInstallsItReadableInBothModes() throws Exception {
    try (ApplyWorld w = new ApplyWorld(tmp)) {
      collection(w);
      CliHarness.Result link =
          w.cli.run("install", w.server.url("coll"), "--skill", "a11y-audit", "-y");
      assertThat(link.exitCode()).as(link.toString()).isZero();
      assertThat(link.out()).contains("add a11y-audit (" + SUBPATH + ", symlink)");
      assertThat(Files.isSymbolicLink(w.claude("a11y-audit"))).isTrue();
      assertReadable(w.claude("a11y-audit"));

      CliHarness.Result copy =
          w.cli.run("install", w.server.url("coll"), "--skill", "a11y-audit", "--copy", "-y");
      assertThat(copy.exitCode()).as(copy.toString()).isZero();
      assertThat(Files.isSymbolicLink(w.claude("a11y-audit"))).isFalse();
      assertThat(Files.isSymbolicLink(w.claude("a11y-audit").resolve("SKILL.md"))).isFalse();
      assertReadable(w.claude("a11y-audit"));
    }
  }

  @Test
  void aLinkedFileGoneFromTheSnapshotFailsVerifyAndRepairWritesTheSnapshotAgain() throws Exception {
    try (ApplyWorld w = world("symlink")) {
      assertThat(w.run("apply").exitCode()).isZero();
      // Damage the store by hand: the file SKILL.md links to disappears from the snapshot.
      Path real = w.claude("a11y-audit").resolve("SKILL.md").toRealPath();
      real.getParent().toFile().setWritable(true);
      Files.delete(real);

      CliHarness.Result apply = w.run("apply");
      assertThat(apply.exitCode()).as(apply.toString()).isEqualTo(1);
      assertThat(apply.out()).contains("verify: passed=0 failed=1");
      assertThat(apply.toString()).contains("SKILL.md is a symlink that does not resolve");
      JsonNode findings = doctorJson(w).path("findings");
      assertThat(errorCodes(w)).containsExactly("BROKEN_SYMLINK");
      assertThat(findings.toString()).contains("link SKILL.md inside the skill points to");

      CliHarness.Result repair = w.run("repair");
      assertThat(repair.exitCode()).as(repair.toString()).isZero();
      assertThat(repair.out()).contains("rewrote the damaged snapshot");
      assertReadable(w.claude("a11y-audit"));
      assertThat(errorCodes(w)).isEmpty();
      assertThat(w.run("apply").exitCode()).isZero();
      try (Stream<Path> temps = Files.list(w.home.resolve("store/tmp"))) {
        assertThat(temps).as("the damaged tree is not left behind").isEmpty();
      }
    }
  }

  @Test
  void aDanglingLinkMadeByHandInACopyFailsContentPresentAndRepairRestoresTheCopy()
      throws Exception {
    try (ApplyWorld w = world("copy", "path-exists", "content-present")) {
      assertThat(w.run("apply").exitCode()).isZero();
      Path skill = w.claude("a11y-audit");
      Files.delete(skill.resolve("SKILL.md"));
      Files.createSymbolicLink(skill.resolve("SKILL.md"), Path.of("gone/SKILL.md"));

      JsonNode findings = doctorJson(w).path("findings");
      assertThat(errorCodes(w)).containsExactlyInAnyOrder("CONTENT_DRIFT", "BROKEN_SYMLINK");
      assertThat(findings.toString()).contains("link SKILL.md inside the skill points to gone");

      CliHarness.Result repair = w.run("repair");
      assertThat(repair.exitCode()).as(repair.toString()).isZero();
      assertReadable(skill);
      assertThat(Files.isSymbolicLink(skill.resolve("SKILL.md"))).isFalse();
      assertThat(errorCodes(w)).isEmpty();
    }
  }

  static JsonNode doctorJson(ApplyWorld w) throws IOException {
    return new ObjectMapper().readTree(w.run("--json", "doctor").out());
  }

  static List<String> errorCodes(ApplyWorld w) throws IOException {
    List<String> codes = new ArrayList<>();
    for (JsonNode f : doctorJson(w).path("findings")) {
      if (f.path("severity").asText().equals("error")) {
        codes.add(f.path("code").asText());
      }
    }
    return codes;
  }
}
