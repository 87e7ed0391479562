package dev.edenskills.lock;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The whole skills.lock: one entry per installed skill. Immutable; the helpers return copies. */
public record LockFile(List<LockEntry> skills) {
  public static final LockFile EMPTY = new LockFile(List.of());

  public LockFile {
    skills = List.copyOf(skills);
  }

  public Optional<LockEntry> find(String id) {
    return skills.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  public boolean contains(String id) {
    return find(id).isPresent();
  }

  /** This lock with {@code entry} added, replacing any entry with the same id. */
  public LockFile with(LockEntry entry) {
    List<LockEntry> next = new ArrayList<>(without(entry.id()).skills);
    next.add(entry);
    return new LockFile(next);
  }

  /** This lock without the entry for {@code id} (unchanged if there is none). */
  public LockFile without(String id) {
    return new LockFile(skills.stream().filter(e -> !e.id().equals(id)).toList());
  }

  /** Entries sorted by id, each with sorted targets: the order the file is written in. */
  public LockFile normalized() {
    return new LockFile(
        skills.stream()
            .map(LockEntry::normalized)
            .sorted(Comparator.comparing(LockEntry::id))
            .toList());
  }
}
