package dev.edenskills.doctor;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.edenskills.plan.Drift;

/**
 * Every doctor finding code (CONTRACT §8), stable across releases, with its severity and what the
 * user can do about it. The one place these codes are defined.
 */
public enum FindingCode {
  TARGET_MISSING(Severity.ERROR, "run `eden-skills repair` to install it again"),
  BROKEN_SYMLINK(Severity.ERROR, "run `eden-skills repair` to re-create the symlink"),
  TARGET_MISMATCH(Severity.ERROR, "run `eden-skills repair` to re-point it"),
  SOURCE_MISSING(Severity.ERROR, "run `eden-skills repair` to restore it from its repository"),
  CONTENT_DRIFT(
      Severity.ERROR, "run `eden-skills repair` to restore the copy (local edits are lost)"),
  VERIFY_FAILED(Severity.ERROR, "run `eden-skills repair`; if it persists, check the skill"),
  ORPHAN_INSTALL(Severity.ERROR, "run `eden-skills repair` (or apply) to remove it"),
  UNMANAGED_TARGET(
      Severity.ERROR, "move it away, or run `eden-skills repair --force` to replace it"),
  LICENSE_NON_PERMISSIVE(Severity.WARNING, "read the license before using or sharing the skill"),
  LICENSE_UNKNOWN(Severity.WARNING, "check the repository for its license terms"),
  RISK_REVIEW_REQUIRED(Severity.WARNING, "review the skill's files before an agent uses them"),
  NO_EXEC_METADATA_ONLY(
      Severity.WARNING, "set no_exec_metadata_only = false to install it after review"),
  STALE_TEMP(Severity.WARNING, "run `eden-skills repair` or `eden-skills clean` to delete it"),
  /** CONTRACT §10: the container of a target is missing or stopped, or the engine is down. */
  CONTAINER_UNAVAILABLE(
      Severity.ERROR, "start the container (or the engine: docker info must answer), then repair"),
  REGISTRY_STALE(Severity.WARNING, "run `eden-skills update` to sync the registries"),
  VERSION_YANKED(
      Severity.WARNING,
      "run `eden-skills update` to move to a version that is not yanked, or pin another with"
          + " `eden-skills install <name>@<requirement>`");

  private final Severity severity;
  private final String remediation;

  FindingCode(Severity severity, String remediation) {
    this.severity = severity;
    this.remediation = remediation;
  }

  public Severity severity() {
    return severity;
  }

  /** The default advice; a finding may carry a more specific one. */
  public String remediation() {
    return remediation;
  }

  @JsonValue
  public String id() {
    return name();
  }

  /** The finding for a drift found by the planner's rules (same names, one per drift). */
  public static FindingCode of(Drift drift) {
    return switch (drift) {
      case TARGET_MISSING -> TARGET_MISSING;
      case BROKEN_SYMLINK -> BROKEN_SYMLINK;
      case TARGET_MISMATCH -> TARGET_MISMATCH;
      case SOURCE_MISSING -> SOURCE_MISSING;
      case CONTENT_DRIFT -> CONTENT_DRIFT;
      case UNMANAGED_TARGET -> UNMANAGED_TARGET;
    };
  }
}
