package dev.edenskills.lock;

import java.util.Comparator;
import java.util.Objects;

/** One place a locked skill is installed: the agent id and the absolute target path. */
public record LockTarget(String agent, String path) {
  /** The order targets are written in: by agent, then path. */
  public static final Comparator<LockTarget> ORDER =
      Comparator.comparing(LockTarget::agent).thenComparing(LockTarget::path);

  public LockTarget {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(path, "path");
  }
}
