package dev.edenskills.config;

import java.util.Optional;

/**
 * {@code [[skills.targets]]}: an agent (or {@code custom}) and optionally an explicit skill-root
 * path that overrides the agent's default.
 */
public record TargetSpec(String agent, Optional<String> path, Scope scope) {
  public static final String CUSTOM = "custom";

  public static TargetSpec agent(String agent) {
    return new TargetSpec(agent, Optional.empty(), Scope.GLOBAL);
  }

  public static TargetSpec custom(String path) {
    return new TargetSpec(CUSTOM, Optional.of(path), Scope.GLOBAL);
  }
}
