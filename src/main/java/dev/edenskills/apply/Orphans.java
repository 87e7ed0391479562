package dev.edenskills.apply;

import dev.edenskills.config.ConfigFile;
import dev.edenskills.installs.LockedInstalls;
import dev.edenskills.installs.Uninstalled;
import dev.edenskills.lock.LockEntry;
import dev.edenskills.lock.LockFile;
import dev.edenskills.plan.PlanEntry;
import dev.edenskills.plan.Planner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Apply's view of orphan removal (skills in the lock but gone from the config): {@link
 * LockedInstalls} uninstalls by the one ownership rule; this turns what it did into plan entries,
 * failure lines and the ids that may leave the lock.
 */
final class Orphans {
  /** What was removed, what failed, and which ids left the lock. */
  record Removed(List<PlanEntry> entries, List<ApplyResult.FailureLine> failures, Set<String> ids) {
    static final Removed NONE = new Removed(List.of(), List.of(), Set.of());
  }

  private Orphans() {}

  static Removed remove(
      LockedInstalls installs, ConfigFile config, LockFile lock, Consumer<String> warn) {
    List<PlanEntry> entries = new ArrayList<>();
    List<ApplyResult.FailureLine> failures = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (LockEntry entry : LockedInstalls.orphaned(config, lock)) {
      Uninstalled u = installs.uninstall(entry);
      for (Path p : u.removed()) {
        entries.add(Planner.remove(entry.id(), p));
      }
      for (Path p : u.left()) {
        warn.accept("left " + p + " in place: not managed by eden-skills (" + entry.id() + ")");
      }
      for (Uninstalled.Failed f : u.failed()) {
        failures.add(
            new ApplyResult.FailureLine(
                entry.id(), "remove", entry.repo(), f.message(), Optional.of(f.cause())));
      }
      if (u.clean()) {
        ids.add(entry.id());
      }
    }
    return new Removed(entries, failures, ids);
  }
}
