package dev.edenskills.maintain;

import dev.edenskills.adapter.TargetAdapters;
import dev.edenskills.common.Env;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.installs.LockedInstalls;
import dev.edenskills.installs.OwnershipRules;
import dev.edenskills.installs.Uninstalled;
import dev.edenskills.lock.LockEntry;
import dev.edenskills.lock.LockFile;
import dev.edenskills.lock.LockStore;
import dev.edenskills.source.StoreLayout;
import dev.edenskills.source.StoreLock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * The uninstall half of {@code remove}: deletes what the tool installed for the removed skills at
 * the targets their lock entries record, leaves anything else there alone, and drops the entries
 * from the lock. With {@code keepFiles} only the lock entries go, so a later apply does not treat
 * the files as orphans.
 */
public final class Uninstaller {
  /** What was removed, what was left because the tool does not own it, and what failed. */
  public record Removal(List<Path> uninstalled, List<Path> left, List<String> failures) {
    public Removal {
      uninstalled = List.copyOf(uninstalled);
      left = List.copyOf(left);
      failures = List.copyOf(failures);
    }

    static final Removal NONE = new Removal(List.of(), List.of(), List.of());
  }

  private final Env env;
  private final TargetAdapters adapters;

  public Uninstaller(Env env, TargetAdapters adapters) {
    this.env = env;
    this.adapters = adapters;
  }

  public Removal remove(
      ConfigFile config, Collection<String> ids, boolean keepFiles, Consumer<String> warn)
      throws InterruptedException {
    LockFile lock = LockStore.read(config.lockPath()).lock();
    List<LockEntry> entries = lock.skills().stream().filter(e -> ids.contains(e.id())).toList();
    if (entries.isEmpty()) {
      return Removal.NONE; // never installed: nothing on disk, no lock to rewrite
    }
    StoreLayout layout = new StoreLayout(config.storeRoot(env));
    try (StoreLock held = StoreLock.acquire(layout.lockFile(), StoreLock.DEFAULT_WAIT, warn)) {
      // Re-read under the store lock: an apply may have finished while we waited.
      LockFile current = LockStore.read(config.lockPath()).lock();
      List<Path> uninstalled = new ArrayList<>();
      List<Path> left = new ArrayList<>();
      List<String> failures = new ArrayList<>();
      LockFile next = current;
      LockedInstalls installs = new LockedInstalls(adapters, new OwnershipRules(config, env));
      for (LockEntry entry : current.skills()) {
        if (!ids.contains(entry.id())) {
          continue;
        }
        if (!keepFiles) {
          Uninstalled u = installs.uninstall(entry);
          uninstalled.addAll(u.removed());
          left.addAll(u.left());
          u.failed().forEach(f -> failures.add(entry.id() + ": " + f.message()));
          if (!u.clean()) {
            continue;
          }
        }
        next = next.without(entry.id());
      }
      write(config, next);
      return new Removal(uninstalled, left, failures);
    }
  }

  private static void write(ConfigFile config, LockFile lock) {
    LockStore.save(
        config.lockPath(),
        lock,
        "check that the directory is writable; the next apply retries the removal");
  }
}
