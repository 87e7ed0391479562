package dev.edenskills.lock;

import dev.edenskills.config.TargetEnvironment;
import java.util.Comparator;
import java.util.Objects;

/**
 * One place a locked skill is installed: the agent id, the absolute target path and the environment
 * it is in (written to the lock only when it is not the local host).
 */
public record LockTarget(String agent, String path, TargetEnvironment environment) {
  /** The order targets are written in: by agent, then path. */
  public static final Comparator<LockTarget> ORDER =
      Comparator.comparing(LockTarget::agent).thenComparing(LockTarget::path);

  public LockTarget {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(environment, "environment");
  }

  /** A target on this host. */
  public LockTarget(String agent, String path) {
    this(agent, path, TargetEnvironment.LOCAL);
  }
}
