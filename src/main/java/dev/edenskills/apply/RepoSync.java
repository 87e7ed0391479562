package dev.edenskills.apply;

import dev.edenskills.source.Snapshot;
import java.util.Map;

/**
 * What one repository's Phase A task produced: whether it was new, each ref's snapshot, and the
 * branch each symbolic ref (the default branch, {@code HEAD}) pointed to.
 */
public record RepoSync(boolean cloned, Map<String, Snapshot> byRef, Map<String, String> branches) {
  public RepoSync {
    byRef = Map.copyOf(byRef);
    branches = Map.copyOf(branches);
  }

  /** The branch {@code ref} resolved through, or "". */
  public String branch(String ref) {
    return branches.getOrDefault(ref, "");
  }
}
