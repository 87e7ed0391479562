package dev.edenskills.maintain;

import dev.edenskills.apply.ApplyEngine;
import dev.edenskills.apply.ApplyOptions;
import dev.edenskills.apply.ApplyResult;
import dev.edenskills.apply.SkillInstall;
import dev.edenskills.apply.StepError;
import dev.edenskills.apply.SyncOutcome;
import dev.edenskills.common.Env;
import dev.edenskills.common.Problem;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.lock.LockEntry;
import dev.edenskills.lock.LockFile;
import dev.edenskills.lock.LockStore;
import dev.edenskills.lock.RegistryPin;
import dev.edenskills.reactor.ProgressListener;
import dev.edenskills.resolve.ResolvedSkill;
import dev.edenskills.source.StoreLayout;
import dev.edenskills.source.StoreLock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code update [ID…]}: an apply that fetches the newest commit of each ref (the reactor fetches
 * every repository in parallel, ignoring lock reuse), re-installs only what changed (unchanged
 * targets plan as noop) and rewrites the lock; the lock before and after gives old → new commits.
 */
public final class Updater {
  private final Env env;
  private final Consumer<String> warn;

  public Updater(Env env, Consumer<String> warn) {
    this.env = env;
    this.warn = warn;
  }

  /**
   * Updates {@code ids} (all skills when empty).
   *
   * @throws Problem {@code UNKNOWN_SKILL} (exit 2) naming every id the config does not hold, before
   *     anything is fetched
   */
  public UpdateResult update(
      ConfigFile config, List<String> ids, OptionalInt concurrency, ProgressListener listener)
      throws InterruptedException {
    Set<String> only = new LinkedHashSet<>(ids);
    config.config().requireSkills(only, "updated");
    StoreLayout layout = new StoreLayout(config.storeRoot(env));
    try (StoreLock held = StoreLock.acquire(layout.lockFile(), StoreLock.DEFAULT_WAIT, warn)) {
      LockFile before = LockStore.read(config.lockPath()).lock();
      ApplyOptions options = new ApplyOptions(concurrency, false, true, true, only);
      ApplyResult result = new ApplyEngine(env, warn).applyHolding(held, config, options, listener);
      LockFile after = LockStore.read(config.lockPath()).lock();
      List<SkillChange> changes = new ArrayList<>();
      for (ResolvedSkill skill : result.skills()) {
        changes.add(change(skill.id(), result, before, after));
      }
      return new UpdateResult(result, changes);
    }
  }

  private static SkillChange change(
      String id, ApplyResult result, LockFile before, LockFile after) {
    Optional<String> old = before.find(id).map(LockEntry::commit);
    Optional<String> now = after.find(id).map(LockEntry::commit);
    SyncOutcome sync = result.sync().get(id);
    Optional<String> failure =
        sync instanceof SyncOutcome.Failed f
            ? Optional.of("stage=" + f.stage().id() + " " + f.detail())
            : result
                .install(id)
                .filter(i -> !i.succeeded())
                .map(i -> i.error().map(StepError::detail).orElse(installProblem(i)));
    if (result.interrupted() && result.install(id).isEmpty() && failure.isEmpty()) {
      failure = Optional.of("interrupted");
    }
    if (failure.isPresent()) {
      return new SkillChange(id, old, now, SkillChange.Status.FAILED, failure);
    }
    SkillChange.Status status =
        old.isEmpty()
            ? SkillChange.Status.INSTALLED
            : old.equals(now) ? SkillChange.Status.UNCHANGED : SkillChange.Status.UPDATED;
    return new SkillChange(id, old, now, status, versions(before.find(id), after.find(id)));
  }

  /** For a skill from a registry: {@code version 1.0.0 -> 1.2.0} (CONTRACT §11). */
  private static Optional<String> versions(Optional<LockEntry> before, Optional<LockEntry> after) {
    Optional<String> now = after.flatMap(LockEntry::registry).map(RegistryPin::version);
    if (now.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> old = before.flatMap(LockEntry::registry).map(RegistryPin::version);
    return Optional.of(
        "version "
            + old.filter(o -> !o.equals(now.get())).map(o -> o + " -> ").orElse("")
            + now.get());
  }

  private static String installProblem(SkillInstall install) {
    return install.targets().stream()
        .filter(t -> !t.installed())
        .map(
            t ->
                t.entry().targetPath()
                    + ": "
                    + t.error().map(StepError::detail).orElse(t.entry().action().id()))
        .findFirst()
        .orElse("install failed");
  }
}
