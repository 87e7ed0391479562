package dev.edenskills.maintain;

import java.util.List;

/**
 * What {@code clean} deleted (or, with {@code dryRun}, would delete), in a fixed order, and what
 * could not be deleted.
 */
public record CleanResult(boolean dryRun, List<CleanEntry> entries, List<String> failures) {
  public CleanResult {
    entries = List.copyOf(entries);
    failures = List.copyOf(failures);
  }

  public long bytes() {
    return entries.stream().mapToLong(CleanEntry::bytes).sum();
  }
}
