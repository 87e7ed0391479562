package dev.edenskills.adapter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Which entries at one target the tool owns (may replace or remove without {@code --force}): a copy
 * carrying its marker; a symlink into the store root or to one of {@code sources} (a
 * local-directory skill lives outside the store); and, when {@code anyLink}, any symlink at all —
 * the lock records this very path as the skill's install, so a link there is the tool's own,
 * re-pointed or broken by hand, and replacing a link loses no content.
 *
 * <p>Built for callers by {@code dev.edenskills.installs.OwnershipRules}, the one place that knows
 * which sources and paths the config and lock vouch for.
 */
public record Ownership(Path storeRoot, List<Path> sources, boolean anyLink) {
  public Ownership {
    storeRoot = storeRoot.toAbsolutePath().normalize();
    sources = sources.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList();
  }

  /** Owns links into the store only. */
  public static Ownership store(Path storeRoot) {
    return new Ownership(storeRoot, List.of(), false);
  }

  /** Owns links into the store and links to {@code source}. */
  public static Ownership of(Path storeRoot, Path source) {
    return new Ownership(storeRoot, List.of(source), false);
  }

  /**
   * True when a link pointing at {@code pointsTo} is the tool's: by the paths as written first,
   * then by real paths, so a store or source reached through a symlink still counts.
   */
  public boolean ownsLinkTo(Path pointsTo) {
    Path p = pointsTo.toAbsolutePath().normalize();
    if (anyLink || p.startsWith(storeRoot) || sources.contains(p)) {
      return true;
    }
    try {
      Path real = p.toRealPath();
      if (Files.exists(storeRoot) && real.startsWith(storeRoot.toRealPath())) {
        return true;
      }
      for (Path src : sources) {
        if (Files.exists(src) && real.equals(src.toRealPath())) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return false; // a dangling link owned by neither rule above
    }
  }
}
