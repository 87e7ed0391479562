package dev.edenskills.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.edenskills.common.ExitCode;
import dev.edenskills.common.Problem;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetSpecsTest {
  @Test
  void parsesTheThreeForms() {
    assertThat(TargetSpecs.parse("claude-code")).isEqualTo(TargetSpec.agent("claude-code"));
    assertThat(TargetSpecs.parse("cursor:project"))
        .isEqualTo(new TargetSpec("cursor", Optional.empty(), Scope.PROJECT));
    assertThat(TargetSpecs.parse("custom:./x:y")).isEqualTo(TargetSpec.custom("./x:y"));
    assertThat(TargetSpecs.parse("custom:~/a b")).isEqualTo(TargetSpec.custom("~/a b"));
  }

  @ParameterizedTest
  @CsvSource({
    "nope, UNKNOWN_AGENT",
    "claude, UNKNOWN_AGENT",
    "cursor:global, INVALID_TARGET",
    "cursor:, INVALID_TARGET",
    "custom, MISSING_TARGET_PATH",
    "custom:, MISSING_TARGET_PATH",
    "nope:project, UNKNOWN_AGENT",
  })
  void anythingElseIsAUsageErrorListingTheAgents(String spec, String code) {
    assertThatThrownBy(() -> TargetSpecs.parse(spec))
        .isInstanceOfSatisfying(
            Problem.class,
            p -> {
              assertThat(p.code()).isEqualTo(code);
              assertThat(p.exitCode()).isEqualTo(ExitCode.USAGE);
              assertThat(p.hint()).contains("custom:<path>");
            });
  }

  @Test
  void unknownAgentHintListsValidIds() {
    assertThatThrownBy(() -> TargetSpecs.parse("claude"))
        .isInstanceOfSatisfying(
            Problem.class,
            p -> {
              assertThat(p.getMessage()).contains("did you mean 'claude-code'");
              assertThat(p.hint()).contains("claude-code", "cursor", "codex");
            });
  }
}
