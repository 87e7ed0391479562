package dev.edenskills.doctor;

import dev.edenskills.adapter.LocalAdapter;
import dev.edenskills.adapter.Ownership;
import dev.edenskills.adapter.TargetState;
import dev.edenskills.apply.ApplyEngine;
import dev.edenskills.apply.ApplyOptions;
import dev.edenskills.apply.ApplyResult;
import dev.edenskills.apply.RepoSyncs;
import dev.edenskills.apply.ResolvedSkill;
import dev.edenskills.apply.SkillResolver;
import dev.edenskills.common.Env;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.lock.LockFile;
import dev.edenskills.lock.LockStore;
import dev.edenskills.reactor.PhaseAInterrupted;
import dev.edenskills.reactor.ProgressListener;
import dev.edenskills.source.RepoLocation;
import dev.edenskills.source.SnapshotStore;
import dev.edenskills.source.StoreLayout;
import dev.edenskills.source.StoreLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * clear symlinks the lock claims that were re-pointed or broken, then re-apply the affected skills
 * (orphans included) — and examine again. Content the tool does not own is only replaced with
 * {@code force}, by the apply engine's own rules.
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
  private final LocalAdapter adapter = new LocalAdapter();

  public Repair(Env env, Consumer<String> warn) {
    this.env = env;
    this.warn = warn;
  }

  public RepairResult run(ConfigFile config, boolean force, ProgressListener listener)
      throws InterruptedException {
    StoreLayout layout = new StoreLayout(config.storeRoot(env));
    try (StoreLock held = StoreLock.acquire(layout.lockFile(), StoreLock.DEFAULT_WAIT, warn)) {
      Doctor doctor = new Doctor(env, adapter);
      LockFile lock = LockStore.read(config.lockPath()).lock();
      DoctorReport before = doctor.examine(config, lock).report();
      List<String> actions = new ArrayList<>();
      List<String> failures = new ArrayList<>();
      removeStaleTemps(before, layout, actions, failures);

      List<ResolvedSkill> skills =
          new SkillResolver(config, env, lock).resolve(ApplyOptions.defaults());
      SnapshotStore snapshots = new SnapshotStore(layout);
      DamagedSnapshots damaged = DamagedSnapshots.setAside(skills, snapshots, failures);
      Map<RepoLocation.Remote, Set<String>> missing = SnapshotRestore.missing(skills, snapshots);
      try {
        for (SnapshotRestore.Outcome o :
            new SnapshotRestore(RepoSyncs.of(env, config), listener).restore(missing)) {
          for (String commit : o.commits()) {
            String what = o.repo() + " at " + commit.substring(0, 7);
            o.failure()
                .ifPresentOrElse(
                    f -> failures.add("could not restore snapshot of " + what + ": " + f),
                    () -> actions.add("restored snapshot of " + what));
          }
        }
      } catch (PhaseAInterrupted e) {
        damaged.settle(actions, failures);
        return new RepairResult(before, actions, failures, Optional.empty(), before, true);
      }
      damaged.settle(actions, failures);
      clearClaimedLinks(skills, layout, snapshots, actions, failures);

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
      return new RepairResult(before, actions, failures, applied, after, false);
    }
  }

  private void removeStaleTemps(
      DoctorReport before, StoreLayout layout, List<String> actions, List<String> failures) {
    StaleTemps temps = new StaleTemps(adapter, layout);
    for (Finding f : before.findings()) {
      if (f.code() != FindingCode.STALE_TEMP || f.targetPath().isEmpty()) {
        continue;
      }
      Path stale = f.targetPath().get();
      try {
        temps.delete(stale);
        actions.add("removed stale temp " + stale);
      } catch (IOException | RuntimeException e) {
        failures.add("could not remove stale temp " + stale + ": " + e.getMessage());
      }
    }
  }

  /**
   * A symlink at a path the lock records for its skill, now pointing outside the store (broken or
   * re-pointed by hand), is the tool's install gone wrong: remove the link so the apply that
   * follows re-creates it. Only the link is removed, never what it points to.
   */
  private void clearClaimedLinks(
      List<ResolvedSkill> skills,
      StoreLayout layout,
      SnapshotStore snapshots,
      List<String> actions,
      List<String> failures) {
    for (ResolvedSkill skill : skills) {
      if (skill.spec().noExecMetadataOnly()) {
        continue;
      }
      Path source = ExpectedSource.of(skill, layout, snapshots).dir();
      for (ResolvedSkill.Target t : skill.targets()) {
        Path path = t.path();
        if (!TargetCheck.claimed(skill, path)
            || !(adapter.inspect(path, Ownership.of(layout.root(), source))
                instanceof TargetState.Symlink s)
            || s.owned()) {
          continue;
        }
        try {
          if (Files.isSymbolicLink(path)) {
            Files.delete(path);
            actions.add("removed symlink " + path + " (pointed to " + s.pointsTo() + ")");
          }
        } catch (IOException e) {
          failures.add("could not remove symlink " + path + ": " + e.getMessage());
        }
      }
    }
  }
}
