package dev.edenskills.apply;

import dev.edenskills.adapter.TargetAdapter;
import dev.edenskills.common.AtomicFiles;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.lock.LockEntry;
import dev.edenskills.lock.LockFile;
import dev.edenskills.lock.LockTarget;
import dev.edenskills.resolve.ResolvedSkill;
import dev.edenskills.source.SnapshotStore;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Clears what a killed run left behind before this run starts: half-built clones and snapshots in
 * {@code store/tmp}, temp entries beside this config's targets and beside its lock file. Runs under
 * the store lock, so none of them belongs to a live run; only entries named for this config's
 * skills (or its lock) are touched, never another tool's files.
 */
final class StaleTemps {
  private final TargetAdapter adapter;
  private final Consumer<String> warn;

  StaleTemps(TargetAdapter adapter, Consumer<String> warn) {
    this.adapter = adapter;
    this.warn = warn;
  }

  /** Returns how many stale entries were removed. */
  int clean(SnapshotStore store, ConfigFile config, List<ResolvedSkill> skills, LockFile lock) {
    int removed = store.deleteStaleTemps();
    // skill root -> ids whose temps may sit there
    Map<Path, Set<String>> roots = new LinkedHashMap<>();
    for (ResolvedSkill skill : skills) {
      for (ResolvedSkill.Target t : skill.targets()) {
        addRoot(roots, t.path(), skill.id());
      }
    }
    for (LockEntry e : lock.skills()) {
      for (LockTarget t : e.targets()) {
        try {
          addRoot(roots, Path.of(t.path()), e.id());
        } catch (InvalidPathException bad) {
          // a damaged lock entry names no real directory
        }
      }
    }
    Path lockPath = config.lockPath().toAbsolutePath();
    Path lockDir = lockPath.getParent();
    if (lockDir != null) {
      roots.computeIfAbsent(lockDir, k -> new TreeSet<>()).add(lockPath.getFileName().toString());
    }
    for (Map.Entry<Path, Set<String>> root : roots.entrySet()) {
      removed += cleanRoot(root.getKey(), root.getValue());
    }
    return removed;
  }

  private static void addRoot(Map<Path, Set<String>> roots, Path target, String id) {
    Path parent = target.toAbsolutePath().normalize().getParent();
    if (parent != null) {
      roots.computeIfAbsent(parent, k -> new TreeSet<>()).add(id);
    }
  }

  private int cleanRoot(Path root, Set<String> names) {
    int removed = 0;
    try {
      for (Path temp : adapter.staleTemps(root)) {
        String name = temp.getFileName().toString().substring(AtomicFiles.TEMP_PREFIX.length());
        if (names.stream().noneMatch(n -> name.startsWith(n + "-"))) {
          continue;
        }
        try {
          adapter.removeStaleTemp(temp);
          removed++;
        } catch (RuntimeException e) {
          warn.accept("cannot remove stale temp " + temp + ": " + e.getMessage());
        }
      }
    } catch (RuntimeException e) {
      // an unreadable skill root: the install itself reports it
    }
    return removed;
  }
}
