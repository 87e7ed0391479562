package dev.edenskills.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Every swap entry the adapters name is one the stale-temp filter finds for its skill, and only for
 * that skill: a leftover named any other way would never be reported or cleaned.
 */
class TempNamesAreFoundByTheirFilterTest {
  @Test
  void everySwapTagIsFoundForItsOwnerOnly() {
    for (String tag : new String[] {"new", "old", "del"}) {
      String name = AtomicFiles.tempName("pdf", tag);
      assertThat(name).startsWith(AtomicFiles.TEMP_PREFIX + "pdf-" + tag + "-");
      assertThat(AtomicFiles.isTempOf(name, "pdf")).as(name).isTrue();
      assertThat(AtomicFiles.isTempOf(name, "pd")).as(name).isFalse();
      assertThat(AtomicFiles.isTempOf(name, "pdf-" + tag)).as(name).isFalse();
    }
  }

  @Test
  void namesAreFreshEachTime() {
    assertThat(AtomicFiles.tempName("pdf", "new")).isNotEqualTo(AtomicFiles.tempName("pdf", "new"));
  }

  @Test
  void aTagTheFilterWouldMissIsRefused() {
    assertThatThrownBy(() -> AtomicFiles.tempName("pdf", "removed"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
