package dev.edenskills.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.edenskills.common.SafeDelete;
import dev.edenskills.testing.CliHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 4: each damage to a healthy install is found with its code; repair undoes it. */
class DoctorFindsDamageAndRepairFixesItTest {
  @TempDir Path tmp;

  @Test
  void healthyInstallHasNoErrors() throws Exception {
    try (HealthWorld h = new HealthWorld(tmp)) {
      CliHarness.Result doctor = h.w.run("doctor");
      assertThat(doctor.exitCode()).as(doctor.toString()).isZero();
      assertThat(h.errorCodes()).isEmpty();
      // test repositories carry no license: a fact summed up in one note, not an error
      assertThat(doctor.out().lines())
          .hasSize(2)
          .first()
          .isEqualTo("doctor: healthy, nothing needs action");
      assertThat(doctor.out()).contains("note: LICENSE_UNKNOWN for ").doesNotContain("warning[");
      assertThat(h.w.run("-v", "doctor").out()).contains("warning[LICENSE_UNKNOWN]");
    }
  }

  @Test
  void deletedTargetIsMissingAndRepairReinstallsIt() throws Exception {
    try (HealthWorld h = new HealthWorld(tmp)) {
      Files.delete(h.w.claude("a-s0"));
      assertThat(h.errorCodes()).containsExactly("TARGET_MISSING");
      repairAndExpectHealthy(h);
      assertThat(Files.isSymbolicLink(h.w.claude("a-s0"))).isTrue();
    }
  }

  @Test
  void brokenSymlinkIsReportedAndRecreated() throws Exception {
    try (HealthWorld h = new HealthWorld(tmp)) {
      Path link = h.w.claude("a-s0");
      Files.delete(link);
      Files.createSymbolicLink(link, tmp.resolve("nowhere"));
      assertThat(h.errorCodes()).containsExactly("BROKEN_SYMLINK");
      repairAndExpectHealthy(h);
      assertThat(link.resolve("SKILL.md")).exists();
    }
  }

  @Test
  void symlinkPointingElsewhereIsRepointedAndItsOldTargetKept() throws Exception {
    try (HealthWorld h = new HealthWorld(tmp)) {
      Path other = Files.createDirectories(tmp.resolve("other"));
      Files.writeString(other.resolve("SKILL.md"), "someone else's");
      Path link = h.w.claude("a-s0");
      Files.delete(link);
      Files.createSymbolicLink(link, other);
      JsonNode findings = h.doctorJson().path("findings");
      assertThat(h.errorCodes()).containsExactly("TARGET_MISMATCH");
      assertThat(findings.toString()).contains(link.toString());
      repairAndExpectHealthy(h);
      assertThat(link.toRealPath()).startsWith(h.store().toRealPath());
      assertThat(other.resolve("SKILL.md")).hasContent("someone else's");
    }
  }

  @Test
  void handEditedCopyIsContentDriftAndRepairRestoresIt() throws Exception {
    try (HealthWorld h = new HealthWorld(tmp)) {
      Path skill = h.w.claude("a-s1").resolve("SKILL.md");
      String original = Files.readString(skill);
      Files.writeString(skill, "edited by hand");
      assertThat(h.errorCodes()).containsExactly("CONTENT_DRIFT");
      repairAndExpectHealthy(h);
      assertThat(skill).hasContent(original);
    }
  }

  @Test
  void deletedSnapshotIsRestoredFromTheStoreWithoutNetwork() throws Exception {
    try (HealthWorld h = new HealthWorld(tmp)) {
      List<Path> snapshots = h.snapshots();
      assertThat(snapshots).hasSize(1);
      SafeDelete.tree(snapshots.getFirst());
      assertThat(h.errorCodes()).contains("SOURCE_MISSING", "BROKEN_SYMLINK");
      h.w.server.reset();
      repairAndExpectHealthy(h);
      assertThat(h.w.server.requests()).as("the bare repository still holds the commit").isZero();
      assertThat(snapshots.getFirst()).isDirectory();
    }
  }

  @Test
  void deletedStoreIsFetchedAgainAtTheLockedCommit() throws Exception {
    try (HealthWorld h = new HealthWorld(tmp)) {
      String lock = Files.readString(h.w.home.resolve("skills.lock"));
      SafeDelete.tree(h.store());
      assertThat(h.errorCodes()).contains("SOURCE_MISSING", "BROKEN_SYMLINK");
      repairAndExpectHealthy(h);
      assertThat(h.w.server.requests()).isPositive();
      assertThat(Files.readString(h.w.home.resolve("skills.lock"))).isEqualTo(lock);
    }
  }

  @Test
  void staleTempEntriesAreWarnedAboutAndRemoved() throws Exception {
    try (HealthWorld h = new HealthWorld(tmp)) {
      Path besideTarget =
          Files.createDirectories(h.w.home.resolve(".claude/skills/.eden-tmp-a-s1-new-42"));
      Files.writeString(besideTarget.resolve("SKILL.md"), "half copied");
      Path inStore = Files.createDirectories(h.store().resolve("tmp/snapshot-x-123"));
      JsonNode doctor = h.doctorJson();
      List<String> stale = doctor.path("findings").findValuesAsText("target_path");
      assertThat(doctor.toString()).contains("STALE_TEMP");
      assertThat(stale).contains(besideTarget.toString(), inStore.toString());
      repairAndExpectHealthy(h);
      assertThat(besideTarget).doesNotExist();
      assertThat(inStore).doesNotExist();
      assertThat(h.doctorJson().toString()).doesNotContain("STALE_TEMP");
    }
  }

  @Test
  void usersOwnDirectoryAtATargetIsReplacedOnlyWithForce() throws Exception {
    try (HealthWorld h = new HealthWorld(tmp)) {
      Path target = h.w.claude("a-s0");
      Files.delete(target);
      Files.createDirectories(target);
      Files.writeString(target.resolve("mine.md"), "my own work");
      assertThat(h.errorCodes()).containsExactly("UNMANAGED_TARGET");

      CliHarness.Result repair = h.w.run("repair");
      assertThat(repair.exitCode()).as(repair.toString()).isZero();
      assertThat(repair.out()).contains("after repair:").contains("error[UNMANAGED_TARGET]");
      assertThat(target.resolve("mine.md")).hasContent("my own work");
      assertThat(h.errorCodes()).containsExactly("UNMANAGED_TARGET");
      assertThat(h.w.run("--strict", "repair").exitCode()).isEqualTo(3);

      CliHarness.Result forced = h.w.run("repair", "--force");
      assertThat(forced.exitCode()).as(forced.toString()).isZero();
      assertThat(Files.isSymbolicLink(target)).isTrue();
      assertThat(h.errorCodes()).isEmpty();
    }
  }

  @Test
  void orphanInstallIsReportedAndRemovedByRepair() throws Exception {
    try (HealthWorld h = new HealthWorld(tmp)) {
      h.w
          .clearSkills()
          .skill(
              "a-s1",
              h.w.server.url("a"),
              "main",
              "skills/a-s1",
              "copy",
              dev.edenskills.testing.ApplyWorld.agents("claude-code"));
      assertThat(h.errorCodes()).containsExactly("ORPHAN_INSTALL");
      repairAndExpectHealthy(h);
      assertThat(h.w.claude("a-s0")).doesNotExist();
      assertThat(h.w.claude("a-s1")).isDirectory();
    }
  }

  private static void repairAndExpectHealthy(HealthWorld h) throws Exception {
    CliHarness.Result repair = h.w.run("repair");
    assertThat(repair.exitCode()).as(repair.toString()).isZero();
    assertThat(repair.out())
        .contains("after repair:")
        .contains("doctor: healthy, nothing needs action");
    assertThat(h.errorCodes()).as("doctor after repair").isEmpty();
  }
}
