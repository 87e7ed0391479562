package dev.edenskills.plan;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What Phase B will do at one target (CONTRACT §5 {@code plan}). */
public enum Action {
  CREATE,
  UPDATE,
  NOOP,
  CONFLICT,
  REMOVE;

  /** The lowercase spelling used in text and JSON output. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for actions that change the target. */
  public boolean mutates() {
    return this == CREATE || this == UPDATE || this == REMOVE;
  }
}
