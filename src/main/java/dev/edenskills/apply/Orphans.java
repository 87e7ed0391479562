package dev.edenskills.apply;

import dev.edenskills.adapter.Ownership;
import dev.edenskills.adapter.TargetAdapter;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.lock.LockEntry;
import dev.edenskills.lock.LockFile;
import dev.edenskills.lock.LockTarget;
import dev.edenskills.plan.PlanEntry;
import dev.edenskills.plan.Planner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Skills that are in the lock but gone from the config: uninstall what the tool owns at their
 * targets (a user's own content there is left alone) so the machine matches the config again.
 */
final class Orphans {
  /** What was removed, what failed, and which ids left the lock. */
  record Removed(List<PlanEntry> entries, List<ApplyResult.FailureLine> failures, Set<String> ids) {
    static final Removed NONE = new Removed(List.of(), List.of(), Set.of());
  }

  private final TargetAdapter adapter;
  private final Path storeRoot;

  Orphans(TargetAdapter adapter, Path storeRoot) {
    this.adapter = adapter;
    this.storeRoot = storeRoot;
  }

  Removed remove(ConfigFile config, LockFile lock) {
    List<PlanEntry> entries = new ArrayList<>();
    List<ApplyResult.FailureLine> failures = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (LockEntry entry : lock.skills()) {
      if (config.config().skill(entry.id()).isPresent()) {
        continue;
      }
      boolean clean = true;
      for (LockTarget t : entry.targets()) {
        Path target = Path.of(t.path());
        try {
          if (adapter.uninstall(target, Ownership.store(storeRoot))) {
            entries.add(Planner.remove(entry.id(), target));
          }
        } catch (RuntimeException e) {
          clean = false;
          failures.add(
              new ApplyResult.FailureLine(entry.id(), "remove", entry.repo(), e.getMessage()));
        }
      }
      if (clean) {
        ids.add(entry.id());
      }
    }
    return new Removed(entries, failures, ids);
  }
}
