package dev.edenskills.doctor;

import dev.edenskills.safety.SafetyMetadata;
import dev.edenskills.safety.SafetyStore;
import dev.edenskills.source.StoreLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * License and risk findings from {@code <store>/safety/<id>.toml} (CONTRACT §8). A skill without
 * metadata (never synced) has none: there is nothing known to report yet.
 */
final class SafetyFindings {
  private SafetyFindings() {}

  static List<Finding> of(String skillId, StoreLayout layout) {
    Optional<SafetyMetadata> read = SafetyStore.read(layout.safetyFile(skillId));
    if (read.isEmpty()) {
      return List.of();
    }
    SafetyMetadata m = read.get();
    List<Finding> out = new ArrayList<>();
    String hint = m.licenseHint().isEmpty() ? "" : " (" + m.licenseHint() + ")";
    switch (m.licenseStatus()) {
      case NON_PERMISSIVE ->
          out.add(
              Finding.skill(
                  FindingCode.LICENSE_NON_PERMISSIVE, skillId, "license is not permissive" + hint));
      case UNKNOWN ->
          out.add(
              Finding.skill(
                  FindingCode.LICENSE_UNKNOWN, skillId, "license could not be determined" + hint));
      case PERMISSIVE -> {}
    }
    if (!m.riskLabels().isEmpty()) {
      out.add(
          Finding.skill(
              FindingCode.RISK_REVIEW_REQUIRED,
              skillId,
              "risk labels: "
                  + String.join(", ", m.riskLabels())
                  + " (source "
                  + m.sourcePath()
                  + ")"));
    }
    return out;
  }
}
