package dev.edenskills.lock;

import dev.edenskills.config.ContainerPath;
import dev.edenskills.config.TargetEnvironment;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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

  /**
   * A target as the lock file spells it: in a container when its path is a {@link ContainerPath}
   * ({@code /docker:<container>/…}, which names the container), else on this host. The path carries
   * the environment, so the lock format needs no extra field.
   */
  public LockTarget(String agent, String path) {
    this(agent, path, environmentOf(path));
  }

  private static TargetEnvironment environmentOf(String path) {
    try {
      return ContainerPath.decode(Path.of(path))
          .<TargetEnvironment>map(c -> new TargetEnvironment.Docker(c.container()))
          .orElse(TargetEnvironment.LOCAL);
    } catch (InvalidPathException e) {
      return TargetEnvironment.LOCAL; // a damaged entry names nothing anywhere
    }
  }
}
