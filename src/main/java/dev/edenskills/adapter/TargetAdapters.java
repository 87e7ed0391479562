package dev.edenskills.adapter;

import dev.edenskills.common.Env;
import dev.edenskills.config.ContainerPath;
import dev.edenskills.config.InstallMode;
import java.nio.file.Path;
import java.util.List;

/**
 * The one place that picks the adapter for a target: container paths ({@link ContainerPath}) go to
 * the Docker adapter, everything else to {@link LocalAdapter}. The Docker adapter is created on the
 * first container path, so a run with only local targets loads none of it and starts no process.
 */
public final class TargetAdapters implements TargetAdapter {
  private final Env env;
  private final LocalAdapter local = new LocalAdapter();
  private TargetAdapter docker;

  public TargetAdapters(Env env) {
    this.env = env;
  }

  /** The adapter for {@code target}. */
  public TargetAdapter forPath(Path target) {
    return ContainerPath.isContainer(target) ? docker() : local;
  }

  private synchronized TargetAdapter docker() {
    if (docker == null) {
      docker = new dev.edenskills.docker.DockerAdapter(env, local);
    }
    return docker;
  }

  @Override
  public TargetState inspect(Path target, Ownership rules) {
    return forPath(target).inspect(target, rules);
  }

  @Override
  public InstallResult install(InstallRequest request, boolean force) {
    return forPath(request.target()).install(request, force);
  }

  @Override
  public boolean uninstall(Path target, Ownership rules) {
    return forPath(target).uninstall(target, rules);
  }

  @Override
  public List<Path> staleTemps(Path skillRoot) {
    return forPath(skillRoot).staleTemps(skillRoot);
  }

  @Override
  public void removeStaleTemp(Path temp) {
    forPath(temp).removeStaleTemp(temp);
  }

  @Override
  public InstallMode effectiveMode(Path target, Path source, InstallMode requested) {
    return forPath(target).effectiveMode(target, source, requested);
  }

  @Override
  public Path readable(Path target) {
    return forPath(target).readable(target);
  }
}
