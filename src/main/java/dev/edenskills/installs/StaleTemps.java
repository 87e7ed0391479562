package dev.edenskills.installs;

import dev.edenskills.adapter.TargetAdapter;
import dev.edenskills.adapter.TargetAdapters;
import dev.edenskills.common.AtomicFiles;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.config.TargetEnvironment;
import dev.edenskills.lock.LockEntry;
import dev.edenskills.lock.LockFile;
import dev.edenskills.lock.LockTarget;
import dev.edenskills.resolve.ResolvedSkill;
import dev.edenskills.source.SnapshotStore;
import dev.edenskills.source.StoreLayout;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one stale-temp finder and remover (apply, doctor, repair, clean): entries a killed run of
 * <em>this</em> config left behind. Beside targets and beside the lock and config files only temps
 * named for this config's skills or files count ({@link AtomicFiles#isTempOf}); a temp of another
 * config sharing a skill root is not ours and may belong to a run in progress, so it is never
 * listed. Inside this store (its {@code tmp/} and safety directories) everything counts, since the
 * callers hold the store lock and no live run can be using it.
 */
public final class StaleTemps {
  /** One stale entry: where it lives and the path there. */
  public record Stale(TargetEnvironment environment, Path path, Kind kind) {}

  /** Where a stale entry was found, which decides how it is deleted. */
  public enum Kind {
    /** Beside a target, in a skill root of some environment. */
    TARGET,
    /** Beside a file the tool writes on this host (lock, config, safety file). */
    FILE,
    /** A half-built clone or snapshot in the store's {@code tmp/}. */
    STORE
  }

  private record Dir(TargetEnvironment environment, Path path) {}

  private final TargetAdapters adapters;
  private final StoreLayout layout;

  public StaleTemps(TargetAdapters adapters, StoreLayout layout) {
    this.adapters = adapters;
    this.layout = layout;
  }

  /** Every stale entry of {@code config} (its configured skills and its lock), in a fixed order. */
  public List<Stale> find(ConfigFile config, List<ResolvedSkill> skills, LockFile lock) {
    Map<Dir, Set<String>> roots = new LinkedHashMap<>();
    for (ResolvedSkill skill : skills) {
      for (ResolvedSkill.Target t : skill.targets()) {
        addRoot(roots, t.environment(), t.path(), skill.id());
      }
    }
    for (LockEntry e : lock.skills()) {
      for (LockTarget t : e.targets()) {
        try {
          addRoot(roots, t.environment(), Path.of(t.path()), e.id());
        } catch (InvalidPathException bad) {
          // a damaged lock entry names no real directory
        }
      }
    }
    Map<Dir, Set<String>> files = new LinkedHashMap<>();
    addRoot(files, TargetEnvironment.LOCAL, config.lockPath(), fileName(config.lockPath()));
    addRoot(files, TargetEnvironment.LOCAL, config.path(), fileName(config.path()));

    List<Stale> out = new ArrayList<>();
    roots.forEach((dir, ids) -> out.addAll(list(dir, ids, Kind.TARGET)));
    files.forEach((dir, names) -> out.addAll(list(dir, names, Kind.FILE)));
    out.addAll(list(new Dir(TargetEnvironment.LOCAL, layout.safetyDir()), Set.of(), Kind.FILE));
    for (Path p : new SnapshotStore(layout).tempEntries()) {
      out.add(new Stale(TargetEnvironment.LOCAL, p, Kind.STORE));
    }
    return List.copyOf(out);
  }

  /** Deletes one entry found by {@link #find}. */
  public void delete(Stale stale) throws IOException {
    switch (stale.kind()) {
      case TARGET, FILE -> adapters.of(stale.environment()).removeStaleTemp(stale.path());
      // store/tmp holds half-built snapshots, which are read-only like finished ones
      case STORE -> new SnapshotStore(layout).delete(stale.path());
    }
  }

  /**
   * The temps in {@code dir} made for one of {@code owners}; with no owners (inside the store),
   * every temp. An unreadable directory yields nothing: the command that needs it reports it.
   */
  private List<Stale> list(Dir dir, Set<String> owners, Kind kind) {
    TargetAdapter adapter = adapters.of(dir.environment());
    List<Path> temps;
    try {
      temps = adapter.staleTemps(dir.path());
    } catch (RuntimeException e) {
      return List.of();
    }
    List<Stale> out = new ArrayList<>();
    for (Path temp : temps) {
      String name = temp.getFileName().toString();
      if (owners.isEmpty() || owners.stream().anyMatch(o -> AtomicFiles.isTempOf(name, o))) {
        out.add(new Stale(dir.environment(), temp, kind));
      }
    }
    return out;
  }

  private static void addRoot(
      Map<Dir, Set<String>> roots, TargetEnvironment where, Path entry, String owner) {
    Path parent = entry.toAbsolutePath().normalize().getParent();
    if (parent != null) {
      roots.computeIfAbsent(new Dir(where, parent), k -> new TreeSet<>()).add(owner);
    }
  }

  private static String fileName(Path file) {
    return file.toAbsolutePath().normalize().getFileName().toString();
  }
}
