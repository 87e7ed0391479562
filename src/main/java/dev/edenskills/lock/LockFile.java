package dev.edenskills.lock;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole skills.lock: one entry per installed skill. Immutable; the helpers return copies. A
 * class rather than a record only to keep an index by id: {@link #find} runs several times per
 * skill, and a linear search made a 772-skill run quadratic.
 */
public final class LockFile {
  public static final LockFile EMPTY = new LockFile(List.of());

  private final List<LockEntry> skills;
  private final Map<String, LockEntry> byId;

  public LockFile(List<LockEntry> skills) {
    this.skills = List.copyOf(skills);
    Map<String, LockEntry> index = HashMap.newHashMap(this.skills.size());
    for (LockEntry e : this.skills) {
      index.putIfAbsent(e.id(), e); // the first, as a search from the start finds
    }
    this.byId = index;
  }

  public List<LockEntry> skills() {
    return skills;
  }

  public Optional<LockEntry> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public boolean contains(String id) {
    return byId.containsKey(id);
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

  @Override
  public boolean equals(Object o) {
    return o instanceof LockFile other && skills.equals(other.skills);
  }

  @Override
  public int hashCode() {
    return skills.hashCode();
  }

  @Override
  public String toString() {
    return "LockFile[skills=" + skills + "]";
  }
}
