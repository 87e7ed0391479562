package dev.edenskills.safety;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What scanning one skill directory found.
 *
 * @param licenseHint what the status is based on, e.g. "MIT (LICENSE)"; never null
 * @param riskLabels sorted {@link RiskLabels} values
 */
public record SafetyReport(LicenseStatus status, String licenseHint, SortedSet<String> riskLabels) {
  public SafetyReport {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(licenseHint, "licenseHint");
    riskLabels = Collections.unmodifiableSortedSet(new TreeSet<>(riskLabels));
  }
}
