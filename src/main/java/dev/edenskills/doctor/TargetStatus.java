package dev.edenskills.doctor;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The install state of one target as {@code list} shows it. */
public enum TargetStatus {
  /** The install is there and matches the lock. */
  OK,
  /** Nothing at the target path. */
  MISSING,
  /** The tool's install is there but differs: broken, re-pointed, edited, failing checks. */
  DRIFTED,
  /** Something the tool did not make occupies the target path. */
  UNMANAGED,
  /** A {@code no_exec_metadata_only} skill: never installed by design. */
  METADATA_ONLY,
  /** The target is in a container that cannot be reached (missing, stopped, engine down). */
  UNREACHABLE;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
