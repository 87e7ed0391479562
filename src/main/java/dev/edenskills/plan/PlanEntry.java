package dev.edenskills.plan;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * One line of a plan: a skill at one target and what will happen there, with the reasons. Fields
 * are plain strings so it serializes as CONTRACT §5 names them ({@code skill_id}, …); {@code
 * sourcePath} and {@code installMode} are empty for a removal.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PlanEntry(
    String skillId,
    String sourcePath,
    String targetPath,
    String installMode,
    Action action,
    List<String> reasons) {

  public PlanEntry {
    reasons = List.copyOf(reasons);
  }
}
