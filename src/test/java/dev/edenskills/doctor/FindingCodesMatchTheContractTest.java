package dev.edenskills.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.plan.Drift;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The finding codes are stable API: exactly the CONTRACT §8 list, each drift mapped by name. */
class FindingCodesMatchTheContractTest {
  @Test
  void codesAreTheContractListInOrder() {
    assertThat(Arrays.stream(FindingCode.values()).map(FindingCode::id))
        .containsExactly(
            "TARGET_MISSING",
            "BROKEN_SYMLINK",
            "TARGET_MISMATCH",
            "SOURCE_MISSING",
            "CONTENT_DRIFT",
            "VERIFY_FAILED",
            "ORPHAN_INSTALL",
            "UNMANAGED_TARGET",
            "LICENSE_NON_PERMISSIVE",
            "LICENSE_UNKNOWN",
            "RISK_REVIEW_REQUIRED",
            "NO_EXEC_METADATA_ONLY",
            "STALE_TEMP",
            "CONTAINER_UNAVAILABLE",
            "REGISTRY_STALE",
            "VERSION_YANKED");
  }

  @Test
  void everyDriftMapsToTheFindingOfTheSameName() {
    for (Drift d : Drift.values()) {
      assertThat(FindingCode.of(d).id()).isEqualTo(d.code());
    }
  }
}
