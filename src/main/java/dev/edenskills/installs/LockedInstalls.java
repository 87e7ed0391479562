package dev.edenskills.installs;

import dev.edenskills.adapter.TargetAdapter;
import dev.edenskills.adapter.TargetAdapters;
import dev.edenskills.adapter.TargetConflict;
import dev.edenskills.adapter.TargetState;
import dev.edenskills.adapter.Unreachable;
import dev.edenskills.common.Problem;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.lock.LockEntry;
import dev.edenskills.lock.LockFile;
import dev.edenskills.lock.LockTarget;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The installs the lock records, judged by {@link OwnershipRules}: the one orphan finder (doctor)
 * and the one uninstaller (apply's orphan removal, {@code remove}).
 */
public final class LockedInstalls {
  /** An install the tool owns, still in place, of a skill the config no longer declares. */
  public record Orphan(LockEntry entry, Path target, TargetState state) {}

  private final TargetAdapters adapters;
  private final OwnershipRules rules;

  public LockedInstalls(TargetAdapters adapters, OwnershipRules rules) {
    this.adapters = adapters;
    this.rules = rules;
  }

  /** Lock entries of skills the config no longer declares, in lock order. */
  public static List<LockEntry> orphaned(ConfigFile config, LockFile lock) {
    return lock.skills().stream().filter(e -> config.config().skill(e.id()).isEmpty()).toList();
  }

  /** Orphaned installs still in place that the tool owns; a user's own content is not listed. */
  public List<Orphan> findOrphans(ConfigFile config, LockFile lock) {
    List<Orphan> out = new ArrayList<>();
    for (LockEntry entry : orphaned(config, lock)) {
      for (LockTarget t : entry.targets()) {
        Path path = Path.of(t.path()).toAbsolutePath().normalize();
        TargetState state;
        try {
          state = adapters.of(t.environment()).inspect(path, rules.forLocked(entry));
        } catch (Problem p) {
          if (!Unreachable.is(p)) {
            throw p;
          }
          // Its container is gone or stopped: nothing to list now; apply retries the removal.
          continue;
        }
        if (state.owned()) {
          out.add(new Orphan(entry, path, state));
        }
      }
    }
    return out;
  }

  /** Removes what the tool owns at each target {@code entry} records; leaves anything else. */
  public Uninstalled uninstall(LockEntry entry) {
    List<Path> removed = new ArrayList<>();
    List<Path> left = new ArrayList<>();
    List<Uninstalled.Failed> failed = new ArrayList<>();
    for (LockTarget t : entry.targets()) {
      Path target;
      try {
        target = Path.of(t.path());
      } catch (InvalidPathException e) {
        continue; // a damaged lock entry names nothing on disk
      }
      try {
        TargetAdapter adapter = adapters.of(t.environment());
        if (adapter.uninstall(target, rules.forLocked(entry))) {
          removed.add(target);
        }
      } catch (TargetConflict c) {
        left.add(target);
      } catch (RuntimeException e) {
        failed.add(new Uninstalled.Failed(target, e));
      }
    }
    return new Uninstalled(entry.id(), entry.repo(), removed, left, failed);
  }
}
