package dev.edenskills.adapter;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Which symlinks the tool owns: those pointing into the store root, or at the expected source (a
 * local-directory skill lives outside the store). Copies are owned by their marker instead.
 */
public record Ownership(Path storeRoot, Optional<Path> expectedSource) {
  public Ownership {
    storeRoot = storeRoot.toAbsolutePath().normalize();
    expectedSource = expectedSource.map(p -> p.toAbsolutePath().normalize());
  }

  /** Owns links into the store only. */
  public static Ownership store(Path storeRoot) {
    return new Ownership(storeRoot, Optional.empty());
  }

  /** Owns links into the store and links to {@code source}. */
  public static Ownership of(Path storeRoot, Path source) {
    return new Ownership(storeRoot, Optional.of(source));
  }

  /** Lexical test on an absolute, normalized link target. */
  public boolean ownsLinkTo(Path pointsTo) {
    Path p = pointsTo.toAbsolutePath().normalize();
    return p.startsWith(storeRoot) || expectedSource.map(p::equals).orElse(false);
  }
}
