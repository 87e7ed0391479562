package dev.edenskills.doctor;

import dev.edenskills.adapter.TargetAdapter;
import dev.edenskills.common.AtomicFiles;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.lock.LockEntry;
import dev.edenskills.lock.LockFile;
import dev.edenskills.lock.LockTarget;
import dev.edenskills.resolve.ResolvedSkill;
import dev.edenskills.source.SnapshotStore;
import dev.edenskills.source.StoreLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Temporary entries left by an interrupted run: {@code .eden-tmp-*} beside targets, the lock and
 * safety files, and anything in {@code <store>/tmp}. Only meaningful while no other command runs,
 * which is why the commands that look hold the store lock.
 */
public final class StaleTemps {
  private final TargetAdapter adapter;
  private final StoreLayout layout;

  public StaleTemps(TargetAdapter adapter, StoreLayout layout) {
    this.adapter = adapter;
    this.layout = layout;
  }

  /**
   * Every stale entry under {@code dirs} (skill roots and the config's directory) and the store.
   */
  public List<Path> find(Collection<Path> dirs) {
    List<Path> out = new ArrayList<>();
    List<Path> all = new ArrayList<>(dirs);
    all.add(layout.safetyDir());
    for (Path dir : all.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList()) {
      out.addAll(adapter.staleTemps(dir));
    }
    Path tmp = layout.tmpDir();
    if (Files.isDirectory(tmp)) {
      try (Stream<Path> s = Files.list(tmp)) {
        out.addAll(s.sorted().toList());
      } catch (IOException e) {
        // an unreadable store/tmp is reported by the commands that need it
      }
    }
    return List.copyOf(out);
  }

  /** Deletes one entry found by {@link #find}. */
  public void delete(Path stale) throws IOException {
    if (stale.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX)) {
      adapter.removeStaleTemp(stale);
    } else if (stale.toAbsolutePath().normalize().startsWith(layout.tmpDir())) {
      // store/tmp holds half-built snapshots, which are read-only like finished ones
      new SnapshotStore(layout).delete(stale);
    } else {
      throw new IllegalArgumentException("not a temporary entry: " + stale);
    }
  }

  /** Skill roots of every configured and locked target, and the config's own directory. */
  public static Set<Path> dirs(ConfigFile config, List<ResolvedSkill> skills, LockFile lock) {
    Set<Path> dirs = new LinkedHashSet<>();
    for (ResolvedSkill s : skills) {
      s.targets().forEach(t -> dirs.add(t.path().getParent()));
    }
    for (LockEntry e : lock.skills()) {
      for (LockTarget t : e.targets()) {
        Path parent = Path.of(t.path()).toAbsolutePath().normalize().getParent();
        if (parent != null) {
          dirs.add(parent);
        }
      }
    }
    dirs.add(config.baseDir());
    return dirs;
  }
}
