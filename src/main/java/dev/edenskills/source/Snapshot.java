package dev.edenskills.source;

import java.nio.file.Path;
import java.util.List;

/**
 * The read-only tree of one commit in the store: the commit (40 hex), where its tree is, and the
 * repo-relative paths of the symlinks that were not written because they point outside the
 * repository (CONTRACT §8). Callers take the commit from here, never from the directory's name.
 */
public record Snapshot(String commit, Path dir, List<String> rejectedSymlinks) {
  public Snapshot {
    rejectedSymlinks = List.copyOf(rejectedSymlinks);
  }
}
