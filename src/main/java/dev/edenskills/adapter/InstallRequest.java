package dev.edenskills.adapter;

import dev.edenskills.config.InstallMode;
import java.nio.file.Path;

/**
 * Place {@code source} at {@code target} (= {@code <skill root>/<skillId>}) as a symlink or copy.
 * {@code storeRoot} decides which existing symlinks are the tool's; {@code createDirs} whether a
 * missing skill root may be created.
 */
public record InstallRequest(
    String skillId,
    Path source,
    Path target,
    InstallMode mode,
    Path storeRoot,
    boolean createDirs) {

  public InstallRequest {
    source = source.toAbsolutePath().normalize();
    storeRoot = storeRoot.toAbsolutePath().normalize();
  }

  /** A request that creates a missing skill root. */
  public InstallRequest(
      String skillId, Path source, Path target, InstallMode mode, Path storeRoot) {
    this(skillId, source, target, mode, storeRoot, true);
  }

  /** The ownership rules that apply to this request's target. */
  public Ownership ownership() {
    return Ownership.of(storeRoot, source);
  }
}
