package dev.edenskills.doctor;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much a finding matters: errors are drift or breakage, warnings ask for a human look. */
public enum Severity {
  ERROR,
  WARNING;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
