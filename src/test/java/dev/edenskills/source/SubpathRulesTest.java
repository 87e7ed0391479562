package dev.edenskills.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SubpathRulesTest {
  @ParameterizedTest
  @CsvSource({
    "., .",
    "./, .",
    "skills/pdf, skills/pdf",
    "./skills//pdf/, skills/pdf",
    "a/../b, b",
    "a/b/.., a",
    "a/.., .",
  })
  void relativePathsNormalize(String raw, String normalized) {
    assertThat(SubpathRules.problem(raw)).isEmpty();
    assertThat(SubpathRules.normalize(raw)).isEqualTo(normalized);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "/etc", "~/x", "..", "../x", "a/../../x", "C:/x", "a\\b", "a\u0000b", "a\nb"})
  void absoluteEscapingOrControlSubpathsAreRefused(String raw) {
    assertThat(SubpathRules.problem(raw)).isPresent();
  }
}
