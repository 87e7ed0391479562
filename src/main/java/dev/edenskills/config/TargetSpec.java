package dev.edenskills.config;

import java.util.Optional;

/**
 * {@code [[skills.targets]]}: an agent (or {@code custom}), optionally an explicit skill-root path
 * that overrides the agent's default, and where the agent lives: on this machine, or inside a
 * Docker container ({@code environment = "docker:<container>"}, CONTRACT §10).
 *
 * @param container the container name or id; empty for a local target
 */
public record TargetSpec(
    String agent, Optional<String> path, Scope scope, Optional<String> container) {
  public static final String CUSTOM = "custom";

  /** The {@code environment} value of a local target. */
  public static final String LOCAL = "local";

  /** Prefix of the {@code environment} value of a container target. */
  public static final String DOCKER_PREFIX = "docker:";

  public TargetSpec(String agent, Optional<String> path, Scope scope) {
    this(agent, path, scope, Optional.empty());
  }

  public static TargetSpec agent(String agent) {
    return new TargetSpec(agent, Optional.empty(), Scope.GLOBAL);
  }

  public static TargetSpec custom(String path) {
    return new TargetSpec(CUSTOM, Optional.of(path), Scope.GLOBAL);
  }

  /** The same target inside {@code container}. */
  public TargetSpec in(String container) {
    return new TargetSpec(agent, path, scope, Optional.of(container));
  }

  /** {@code local} or {@code docker:<container>}, as written in the config. */
  public String environment() {
    return container.map(c -> DOCKER_PREFIX + c).orElse(LOCAL);
  }
}
