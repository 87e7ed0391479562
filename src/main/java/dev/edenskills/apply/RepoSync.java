package dev.edenskills.apply;

import dev.edenskills.source.Snapshot;
import java.util.Map;

/** What one repository's Phase A task produced: whether it was new, and each ref's snapshot. */
public record RepoSync(boolean cloned, Map<String, Snapshot> byRef) {
  public RepoSync {
    byRef = Map.copyOf(byRef);
  }
}
