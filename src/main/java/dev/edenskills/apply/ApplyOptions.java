package dev.edenskills.apply;

import java.util.List;
import java.util.Optional;
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
 * @param prefetched repository refs this run already fetched ({@code install}): used as they are,
 *     before lock reuse and even with {@code update}
 * @param locked {@code apply --locked} (CONTRACT §12): install exactly the lock's commits, refuse
 *     any config/lock mismatch, never write the lock
 */
public record ApplyOptions(
    OptionalInt concurrency,
    boolean force,
    boolean update,
    boolean createDirs,
    Set<String> only,
    List<Prefetched> prefetched,
    boolean locked) {
  public ApplyOptions {
    only = Set.copyOf(only);
    prefetched = List.copyOf(prefetched);
  }

  public ApplyOptions(
      OptionalInt concurrency,
      boolean force,
      boolean update,
      boolean createDirs,
      Set<String> only) {
    this(concurrency, force, update, createDirs, only, List.of(), false);
  }

  public static ApplyOptions defaults() {
    return new ApplyOptions(OptionalInt.empty(), false, false, true, Set.of());
  }

  public boolean includes(String skillId) {
    return only.isEmpty() || only.contains(skillId);
  }

  /** The same options, with {@code fetched} added to what this run already holds. */
  public ApplyOptions withPrefetched(List<Prefetched> fetched) {
    List<Prefetched> all = new java.util.ArrayList<>(prefetched);
    all.addAll(fetched);
    return new ApplyOptions(concurrency, force, update, createDirs, only, all, locked);
  }

  /** The same options for {@code apply --locked}. */
  public ApplyOptions asLocked() {
    return new ApplyOptions(concurrency, force, false, createDirs, only, prefetched, true);
  }

  /** What this run already fetched for {@code ref} of the repository stored under {@code key}. */
  public static Optional<Prefetched> find(List<Prefetched> prefetched, String key, String ref) {
    return prefetched.stream()
        .filter(p -> p.repoKey().equals(key) && p.ref().equals(ref))
        .findFirst();
  }
}
