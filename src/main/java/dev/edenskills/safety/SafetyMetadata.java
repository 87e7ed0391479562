package dev.edenskills.safety;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The contents of {@code <store>/safety/<skill id>.toml} (CONTRACT §8).
 *
 * @param retrievedAt RFC 3339, e.g. 2026-01-02T03:04:05Z
 */
public record SafetyMetadata(
    int version,
    String skillId,
    String repo,
    String commit,
    String sourcePath,
    String retrievedAt,
    LicenseStatus licenseStatus,
    String licenseHint,
    SortedSet<String> riskLabels,
    boolean noExecMetadataOnly) {
  public static final int VERSION = 1;

  public SafetyMetadata {
    Objects.requireNonNull(skillId, "skillId");
    Objects.requireNonNull(repo, "repo");
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(sourcePath, "sourcePath");
    Objects.requireNonNull(retrievedAt, "retrievedAt");
    Objects.requireNonNull(licenseStatus, "licenseStatus");
    Objects.requireNonNull(licenseHint, "licenseHint");
    riskLabels = Collections.unmodifiableSortedSet(new TreeSet<>(riskLabels));
  }

  /** Metadata for a scan just made; the time is kept to the second. */
  public static SafetyMetadata of(
      String skillId,
      String repo,
      String commit,
      String sourcePath,
      Instant retrievedAt,
      SafetyReport report,
      boolean noExecMetadataOnly) {
    return new SafetyMetadata(
        VERSION,
        skillId,
        repo,
        commit,
        sourcePath,
        retrievedAt.truncatedTo(ChronoUnit.SECONDS).toString(),
        report.status(),
        report.licenseHint(),
        report.riskLabels(),
        noExecMetadataOnly);
  }
}
