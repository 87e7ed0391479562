package dev.edenskills.config;

import java.util.Optional;

/**
 * Where a target lives (CONTRACT §10): on this host ({@code "local"}, the default) or, once an
 * adapter for it exists, inside a container. Paths of a target are paths as its environment sees
 * them; {@link dev.edenskills.adapter.TargetAdapters} picks the adapter that reaches them.
 */
public sealed interface TargetEnvironment {
  /** This host's filesystem. */
  TargetEnvironment LOCAL = new Local();

  /** The spelling in skills.toml, the lock and output. */
  String id();

  /** The environment spelled {@code id}; empty when this build knows no such environment. */
  static Optional<TargetEnvironment> parse(String id) {
    if (LOCAL.id().equals(id)) {
      return Optional.of(LOCAL);
    }
    return ContainerPath.parseEnvironment(id).map(Docker::new);
  }

  /** The environment of a config target. */
  static TargetEnvironment of(TargetSpec target) {
    return target.container().<TargetEnvironment>map(Docker::new).orElse(LOCAL);
  }

  /**
   * Inside a running Docker container, by name or id ({@code docker:<container>}). Its target paths
   * are {@link ContainerPath}s.
   */
  record Docker(String container) implements TargetEnvironment {
    @Override
    public String id() {
      return TargetSpec.DOCKER_PREFIX + container;
    }
  }

  /** The host the tool runs on. */
  record Local() implements TargetEnvironment {
    @Override
    public String id() {
      return "local";
    }
  }
}
