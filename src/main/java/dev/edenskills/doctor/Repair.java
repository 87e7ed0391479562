package dev.edenskills.doctor;

import dev.edenskills.adapter.TargetAdapters;
import dev.edenskills.apply.ApplyEngine;
import dev.edenskills.apply.ApplyOptions;
import dev.edenskills.apply.ApplyResult;
import dev.edenskills.apply.RepoSyncs;
import dev.edenskills.common.Env;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.installs.StaleTemps;
import dev.edenskills.lock.LockFile;
import dev.edenskills.lock.LockStore;
import dev.edenskills.reactor.PhaseAInterrupted;
import dev.edenskills.reactor.ProgressListener;
import dev.edenskills.resolve.ResolvedSkill;
import dev.edenskills.resolve.SkillResolver;
import dev.edenskills.source.RepoLocation;
import dev.edenskills.source.SnapshotStore;
import dev.edenskills.source.StoreLayout;
import dev.edenskills.source.StoreLock;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code repair}: under the store lock, fix every recoverable finding — delete stale temps, restore
 * missing snapshots of locked commits (through the reactor, fetching only what the store lacks),
 * then re-apply the affected skills (orphans included; a symlink the lock claims that was
 * re-pointed or broken is the tool's by the one ownership rule, so apply replaces it) — and examine
 * again. Content the tool does not own is only replaced with {@code force}, by the apply engine's
 * own rules.
 */
public final class Repair {
  /** Findings a re-apply of their skill can fix. */
  private static final Set<FindingCode> REAPPLY =
      EnumSet.of(
          FindingCode.TARGET_MISSING,
          FindingCode.BROKEN_SYMLINK,
          FindingCode.TARGET_MISMATCH,
          FindingCode.SOURCE_MISSING,
          FindingCode.CONTENT_DRIFT,
          FindingCode.VERIFY_FAILED,
          FindingCode.UNMANAGED_TARGET);

  private final Env env;
  private final Consumer<String> warn;

  public Repair(Env env, Consumer<String> warn) {
    this.env = env;
    this.warn = warn;
  }

  public RepairResult run(ConfigFile config, boolean force, ProgressListener listener)
      throws InterruptedException {
    StoreLayout layout = new StoreLayout(config.storeRoot(env));
    try (StoreLock held = StoreLock.acquire(layout.lockFile(), StoreLock.DEFAULT_WAIT, warn)) {
      TargetAdapters adapters = new TargetAdapters(env);
      Doctor doctor = new Doctor(env, adapters);
      LockFile lock = LockStore.read(config.lockPath()).lock();
      DoctorReport before = doctor.examine(config, lock).report();
      List<RepairStep> steps = new ArrayList<>();
      List<ResolvedSkill> skills = new SkillResolver(config, env, lock).resolveAll();
      removeStaleTemps(new StaleTemps(adapters, layout), config, skills, lock, steps);

      SnapshotStore snapshots = new SnapshotStore(layout);
      DamagedSnapshots damaged = DamagedSnapshots.setAside(skills, snapshots, steps);
      Map<RepoLocation.Remote, Set<String>> missing = SnapshotRestore.missing(skills, snapshots);
      try {
        for (SnapshotRestore.Outcome o :
            new SnapshotRestore(RepoSyncs.of(env, config), listener).restore(missing)) {
          for (String commit : o.commits()) {
            String what = o.repo() + " at " + commit.substring(0, 7);
            steps.add(
                o.failure()
                    .map(f -> RepairStep.failed(RepairStep.Kind.RESTORE_SNAPSHOT, what, f))
                    .orElseGet(() -> RepairStep.done(RepairStep.Kind.RESTORE_SNAPSHOT, what)));
          }
        }
      } catch (PhaseAInterrupted e) {
        damaged.settle(steps);
        return new RepairResult(before, steps, Optional.empty(), before, true);
      }
      damaged.settle(steps);

      Set<String> affected = new LinkedHashSet<>();
      for (Finding f : before.findings()) {
        if (REAPPLY.contains(f.code()) && f.skillId().isPresent()) {
          affected.add(f.skillId().get());
        }
      }
      Optional<ApplyResult> applied = Optional.empty();
      boolean orphans = before.has(FindingCode.ORPHAN_INSTALL);
      if (!affected.isEmpty() || orphans) {
        // Apply removes orphans only when it runs for every skill; the others are noops then.
        ApplyOptions options =
            new ApplyOptions(
                OptionalInt.empty(), force, false, true, orphans ? Set.of() : affected);
        applied =
            Optional.of(new ApplyEngine(env, warn).applyHolding(held, config, options, listener));
      }
      DoctorReport after =
          doctor.examine(config, LockStore.read(config.lockPath()).lock()).report();
      return new RepairResult(before, steps, applied, after, false);
    }
  }

  private static void removeStaleTemps(
      StaleTemps temps,
      ConfigFile config,
      List<ResolvedSkill> skills,
      LockFile lock,
      List<RepairStep> steps) {
    for (StaleTemps.Stale stale : temps.find(config, skills, lock)) {
      try {
        temps.delete(stale);
        steps.add(RepairStep.done(RepairStep.Kind.REMOVE_STALE_TEMP, stale.path().toString()));
      } catch (IOException | RuntimeException e) {
        steps.add(
            RepairStep.failed(
                RepairStep.Kind.REMOVE_STALE_TEMP, stale.path().toString(), e.getMessage()));
      }
    }
  }
}
