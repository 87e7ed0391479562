package dev.edenskills.adapter;

import dev.edenskills.config.InstallMode;
import dev.edenskills.config.VerifyCheck;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Places skills at targets of one {@link dev.edenskills.config.TargetEnvironment}, checks them and
 * takes them away again. {@link TargetAdapters} picks the adapter for a target; nothing else makes
 * one. Target paths are paths as the environment sees them (a container's own paths); sources are
 * always on this host.
 *
 * <p>All methods report failures as {@link dev.edenskills.common.Problem} (codes documented on
 * {@link LocalAdapter}); a target the tool does not own raises {@link TargetConflict}.
 */
public interface TargetAdapter {

  /** What is at {@code target} and whether the tool owns it. Reads only. */
  TargetState inspect(Path target, Ownership rules);

  /**
   * Installs atomically: readers of the target see the old entry or the new one. Anything at the
   * target {@code request.ownership()} does not own is a {@link TargetConflict} unless {@code
   * force}.
   */
  InstallResult install(InstallRequest request, boolean force);

  /**
   * Removes what the tool owns at {@code target} (a link, never what it points to); returns false
   * when nothing was there.
   *
   * @throws TargetConflict when the target holds something the tool does not own
   */
  boolean uninstall(Path target, Ownership rules);

  /**
   * Runs one verify check against an installed target: the failure message, empty when it passed.
   * Reads only and never throws for what it finds; an unreadable target fails the check. {@code
   * boundary} is how far links in {@code source} may be followed when hashing ({@link
   * InstallRequest#boundary}).
   */
  Optional<String> check(VerifyCheck check, Path target, Path source, Path boundary);

  /**
   * The symlinks inside an installed skill at {@code target} that do not resolve (issue 15),
   * sorted; empty when there are none or the target cannot be read.
   */
  List<SkillLinks.Dangling> danglingLinks(Path target);

  /**
   * Every temporary entry ({@code AtomicFiles.TEMP_PREFIX*}) in a skill root, sorted; which of them
   * are stale is decided by the caller ({@code dev.edenskills.installs.StaleTemps}).
   */
  List<Path> staleTemps(Path skillRoot);

  /** Deletes one temporary entry listed by {@link #staleTemps}. */
  void removeStaleTemp(Path temp);

  /**
   * The mode an install of {@code source} at {@code target} really gets: {@code requested}, unless
   * the target cannot hold a symlink that would resolve there (a container that does not see the
   * store at its own path gets copies, CONTRACT §10).
   */
  default InstallMode effectiveMode(Path target, Path source, InstallMode requested) {
    return requested;
  }
}
