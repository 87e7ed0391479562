package dev.edenskills.adapter;

import dev.edenskills.config.InstallMode;
import java.nio.file.Path;

/**
 * Place {@code source} at {@code target} (= {@code <skill root>/<skillId>}) as a symlink or copy.
 * {@code storeRoot} bounds how far the source's links are followed; {@code ownership} decides what
 * already at the target may be replaced; {@code createDirs} whether a missing skill root may be
 * created.
 */
public record InstallRequest(
    String skillId,
    Path source,
    Path target,
    InstallMode mode,
    Path storeRoot,
    Ownership ownership,
    boolean createDirs) {

  public InstallRequest {
    source = source.toAbsolutePath().normalize();
    storeRoot = storeRoot.toAbsolutePath().normalize();
  }

  /** A request that creates a missing skill root and owns links into the store or to source. */
  public InstallRequest(
      String skillId, Path source, Path target, InstallMode mode, Path storeRoot) {
    this(skillId, source, target, mode, storeRoot, Ownership.of(storeRoot, source), true);
  }
}
