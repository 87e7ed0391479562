package dev.edenskills.verify;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** The outcome of verifying one skill at one target; passed when no check failed. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record VerifyResult(String skillId, String targetPath, List<CheckFailure> failures) {
  public VerifyResult {
    failures = List.copyOf(failures);
  }

  @JsonProperty("passed")
  public boolean passed() {
    return failures.isEmpty();
  }
}
