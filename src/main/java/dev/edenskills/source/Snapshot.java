package dev.edenskills.source;

import java.nio.file.Path;
import java.util.List;

/**
 * The read-only tree of one commit in the store, and the repo-relative paths of the symlinks that
 * were not written because they point outside the repository (CONTRACT §8).
 */
public record Snapshot(Path dir, List<String> rejectedSymlinks) {
  public Snapshot {
    rejectedSymlinks = List.copyOf(rejectedSymlinks);
  }
}
