package dev.edenskills.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.common.OwnToml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetyStoreTest {
  @TempDir Path dir;

  private static SafetyMetadata sample() {
    TreeSet<String> labels = new TreeSet<>();
    labels.add(RiskLabels.SHELL_SCRIPT);
    labels.add(RiskLabels.BINARY);
    return SafetyMetadata.of(
        "pdf",
        "https://example.test/o/r \"quoted\" \\ ü",
        "0123456789abcdef0123456789abcdef01234567",
        "skills/pdf",
        Instant.parse("2026-01-02T03:04:05.987Z"),
        new SafetyReport(LicenseStatus.NON_PERMISSIVE, "GPL (LICENSE)\nsecond line", labels),
        true);
  }

  @Test
  void metadataIsWrittenAsDeterministicTomlAndReadsBackEqual() throws Exception {
    Path file = dir.resolve("safety/pdf.toml");
    SafetyStore.write(file, sample());

    assertThat(Files.readString(file))
        .isEqualTo(
            """
            version = 1
            skill_id = "pdf"
            repo = "https://example.test/o/r \\"quoted\\" \\\\ ü"
            commit = "0123456789abcdef0123456789abcdef01234567"
            source_path = "skills/pdf"
            retrieved_at = "2026-01-02T03:04:05Z"
            license_status = "non-permissive"
            license_hint = "GPL (LICENSE)\\nsecond line"
            risk_labels = ["contains-binary", "contains-shell-script"]
            no_exec_metadata_only = true
            """);
    assertThat(SafetyStore.read(file)).contains(sample());
  }

  @Test
  void everyFieldRoundTripsThroughTheSubsetReaderAndAHandEditedFileThroughTomlj() throws Exception {
    SafetyMetadata none =
        SafetyMetadata.of(
            "x",
            "r",
            "",
            "a\tb\u0001 \uD83D\uDE80",
            Instant.parse("2026-01-02T03:04:05Z"),
            new SafetyReport(LicenseStatus.PERMISSIVE, "", new TreeSet<>()),
            false);
    for (SafetyMetadata m : new SafetyMetadata[] {sample(), none}) {
      String text = SafetyStore.render(m);
      OwnToml.read(text); // inside the subset: the fast path reads it
      assertThat(SafetyStore.parse(text)).contains(m);
      String edited =
          "# by hand\r\n" + text.replace("\n", "  \r\n").replace("version = 1", "version=1");
      assertThat(SafetyStore.parse(edited)).as(edited).contains(m);
    }
  }

  @Test
  void missingGarbageNewerOrWrongTypedFilesReadAsEmpty() throws Exception {
    assertThat(SafetyStore.read(dir.resolve("none.toml"))).isEmpty();
    String good = SafetyStore.render(sample());
    for (String bad :
        new String[] {
          "not = [toml",
          good.replace("version = 1", "version = 2"),
          good.replace("risk_labels = [", "risk_labels = [1, "),
          good.replace("no_exec_metadata_only = true", "no_exec_metadata_only = \"yes\""),
          good.replace("\"non-permissive\"", "\"fine\""),
          good.replace("skill_id = \"pdf\"\n", ""),
        }) {
      Path file = Files.writeString(dir.resolve("bad.toml"), bad);
      assertThat(SafetyStore.read(file)).as(bad).isEmpty();
    }
    Path binary = Files.write(dir.resolve("bin.toml"), new byte[] {(byte) 0xff, 0, 1});
    assertThat(SafetyStore.read(binary)).isEmpty();
  }

  @Test
  void aScanReportBecomesMetadata() {
    SafetyMetadata m = sample();
    assertThat(m.version()).isEqualTo(1);
    assertThat(m.licenseStatus().id()).isEqualTo("non-permissive");
    assertThat(LicenseStatus.parse("permissive")).contains(LicenseStatus.PERMISSIVE);
  }

  @Test
  void isForRecognisesOnlyAFileWrittenForThatCommit() throws Exception {
    Path file = dir.resolve("safety/pdf.toml");
    String commit = sample().commit();
    assertThat(SafetyStore.isFor(file, commit)).as("missing file").isFalse();

    SafetyStore.write(file, sample());
    assertThat(SafetyStore.isFor(file, commit)).isTrue();
    assertThat(SafetyStore.isFor(file, "f".repeat(40))).as("another commit").isFalse();
    assertThat(SafetyStore.isFor(file, "")).as("a local source has no commit").isFalse();

    Files.writeString(file, Files.readString(file).replace("version = 1", "version = 2"));
    assertThat(SafetyStore.isFor(file, commit)).as("a newer format").isFalse();
  }

  @Test
  void isForIsNotFooledByAnotherFieldHoldingTheCommitLine() throws Exception {
    Path file = dir.resolve("safety/pdf.toml");
    String other = "f".repeat(40);
    SafetyMetadata m = sample();
    SafetyStore.write(
        file,
        new SafetyMetadata(
            m.version(),
            m.skillId(),
            "x\ncommit = \"" + other + "\"\n",
            m.commit(),
            m.sourcePath(),
            m.retrievedAt(),
            m.licenseStatus(),
            m.licenseHint(),
            m.riskLabels(),
            m.noExecMetadataOnly()));

    assertThat(SafetyStore.isFor(file, other)).isFalse();
    assertThat(SafetyStore.isFor(file, m.commit())).isTrue();
  }
}
