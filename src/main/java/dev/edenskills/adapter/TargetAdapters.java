package dev.edenskills.adapter;

import dev.edenskills.common.Env;
import dev.edenskills.config.TargetEnvironment;

/**
 * The one place that picks the {@link TargetAdapter} for a target's environment. Adapters for other
 * environments (containers) are made here on first use and kept for the run, so nothing of theirs
 * loads or starts unless some target lives there.
 */
public final class TargetAdapters {
  private final LocalAdapter local = new LocalAdapter();
  private final Env env;
  private TargetAdapter docker;

  /** {@code env} is what adapters other than the local one read (e.g. where an engine listens). */
  public TargetAdapters(Env env) {
    this.env = env;
  }

  /** The adapter that reaches targets in {@code where}. */
  public TargetAdapter of(TargetEnvironment where) {
    return switch (where) {
      case TargetEnvironment.Local l -> local;
      case TargetEnvironment.Docker d -> docker();
    };
  }

  /** One adapter for every container: it shares one engine lookup per container for the run. */
  private synchronized TargetAdapter docker() {
    if (docker == null) {
      docker = new dev.edenskills.docker.DockerAdapter(env, local);
    }
    return docker;
  }

  /** The adapter for this host's filesystem. */
  public TargetAdapter local() {
    return of(TargetEnvironment.LOCAL);
  }

  /** The process environment the adapters were made for. */
  public Env env() {
    return env;
  }
}
