package dev.edenskills.adapter;

import dev.edenskills.config.InstallMode;
import java.nio.file.Path;

/**
 * Place {@code source} at {@code target} (= {@code <skill root>/<skillId>}) as a symlink or copy.
 * {@code boundary} is how far the source's links are followed when it is copied or hashed: the
 * store snapshot it lives in (whose links the store checked when it wrote them, CONTRACT §8), or
 * the source itself for a live local directory; the caller asks the store, this package never reads
 * store paths. {@code ownership} decides what already at the target may be replaced ({@code
 * storeRoot} is only for the default ownership); {@code createDirs} whether a missing skill root
 * may be created.
 */
public record InstallRequest(
    String skillId,
    Path source,
    Path boundary,
    Path target,
    InstallMode mode,
    Path storeRoot,
    Ownership ownership,
    boolean createDirs) {

  public InstallRequest {
    source = source.toAbsolutePath().normalize();
    boundary = boundary.toAbsolutePath().normalize();
    storeRoot = storeRoot.toAbsolutePath().normalize();
  }

  /** A request that creates a missing skill root and owns links into the store or to source. */
  public InstallRequest(
      String skillId, Path source, Path boundary, Path target, InstallMode mode, Path storeRoot) {
    this(skillId, source, boundary, target, mode, storeRoot, Ownership.of(storeRoot, source), true);
  }

  /** As above, for a source followed no further than itself (a live directory). */
  public InstallRequest(
      String skillId, Path source, Path target, InstallMode mode, Path storeRoot) {
    this(skillId, source, source, target, mode, storeRoot);
  }
}
