package dev.edenskills.adapter;

import dev.edenskills.config.InstallMode;
import java.nio.file.Path;
import java.util.List;

/**
 * Places skills at targets and takes them away again. {@link LocalAdapter} works on the local
 * filesystem; {@code docker.DockerAdapter} inside containers; {@link TargetAdapters} picks one per
 * target path.
 *
 * <p>All methods report failures as {@link dev.edenskills.common.Problem} (codes documented on
 * {@link LocalAdapter}); a target the tool does not own raises {@link TargetConflict}.
 */
public interface TargetAdapter {

  /** What is at {@code target} and whether the tool owns it. Reads only. */
  TargetState inspect(Path target, Ownership rules);

  /**
   * Installs atomically: readers of the target see the old entry or the new one. Anything at the
   * target the tool does not own is a {@link TargetConflict} unless {@code force}.
   */
  InstallResult install(InstallRequest request, boolean force);

  /**
   * Removes what the tool owns at {@code target}; returns false when nothing was there.
   *
   * @throws TargetConflict when the target holds something the tool does not own
   */
  boolean uninstall(Path target, Ownership rules);

  /** Leftover temporary entries ({@code AtomicFiles.TEMP_PREFIX*}) in a skill root, sorted. */
  List<Path> staleTemps(Path skillRoot);

  /** Deletes one leftover temporary entry found by {@link #staleTemps}. */
  void removeStaleTemp(Path temp);

  /**
   * The mode an install of {@code source} at {@code target} really gets: {@code requested}, unless
   * the target cannot hold a symlink that would resolve (a container without the store mounted).
   */
  default InstallMode effectiveMode(Path target, Path source, InstallMode requested) {
    return requested;
  }

  /** A local path whose content is what is at {@code target} now, for checks that read files. */
  default Path readable(Path target) {
    return target;
  }
}
