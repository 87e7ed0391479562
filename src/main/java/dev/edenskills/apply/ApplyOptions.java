package dev.edenskills.apply;

import java.util.OptionalInt;
import java.util.Set;

/**
 * What the user asked {@code apply} (and the commands built on it) to do.
 *
 * @param concurrency {@code --concurrency}, wins over the config
 * @param force replace content the tool does not own
 * @param update fetch even when the lock says nothing changed
 * @param createDirs create missing skill roots
 * @param only apply just these skill ids (empty: all); orphans are then left alone
 */
public record ApplyOptions(
    OptionalInt concurrency, boolean force, boolean update, boolean createDirs, Set<String> only) {
  public ApplyOptions {
    only = Set.copyOf(only);
  }

  public static ApplyOptions defaults() {
    return new ApplyOptions(OptionalInt.empty(), false, false, true, Set.of());
  }

  public boolean includes(String skillId) {
    return only.isEmpty() || only.contains(skillId);
  }
}
