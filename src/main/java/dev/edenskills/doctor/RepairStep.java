package dev.edenskills.doctor;

import java.util.Optional;

/**
 * One step {@code repair} took of its own (before the apply it runs): what kind, on what, and why
 * it failed when it did. Data only; {@code cli} words it.
 *
 * @param subject a path (a stale temp) or a snapshot as {@code <repo or key> at <short commit>}
 * @param error empty when the step succeeded
 */
public record RepairStep(Kind kind, String subject, Optional<String> error) {
  /** What a step does. */
  public enum Kind {
    /** Deleted a temp entry no run in progress owns. */
    REMOVE_STALE_TEMP,
    /** Moved a damaged snapshot aside before restoring it (only its failure is reported). */
    SET_ASIDE_SNAPSHOT,
    /** Wrote a missing snapshot again from its repository. */
    RESTORE_SNAPSHOT,
    /** Replaced a damaged snapshot by the one restored (or put it back when none was). */
    REWRITE_SNAPSHOT
  }

  static RepairStep done(Kind kind, String subject) {
    return new RepairStep(kind, subject, Optional.empty());
  }

  static RepairStep failed(Kind kind, String subject, String error) {
    return new RepairStep(kind, subject, Optional.of(error));
  }

  public boolean ok() {
    return error.isEmpty();
  }
}
