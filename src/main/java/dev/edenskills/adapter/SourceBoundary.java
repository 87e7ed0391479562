package dev.edenskills.adapter;

import java.nio.file.Path;

/**
 * How far a skill's symlinks may be followed when it is hashed or copied: to the edge of the
 * repository snapshot it lives in ({@code <store>/snapshots/<key>/<commit>}), whose links the store
 * already checked when it wrote them (CONTRACT §8); a live local directory gets no more than
 * itself.
 */
public final class SourceBoundary {
  private SourceBoundary() {}

  public static Path of(Path source, Path storeRoot) {
    Path s = source.toAbsolutePath().normalize();
    Path snapshots = storeRoot.toAbsolutePath().normalize().resolve("snapshots");
    if (s.startsWith(snapshots) && s.getNameCount() >= snapshots.getNameCount() + 2) {
      return snapshots.resolve(s.subpath(snapshots.getNameCount(), snapshots.getNameCount() + 2));
    }
    return s;
  }
}
