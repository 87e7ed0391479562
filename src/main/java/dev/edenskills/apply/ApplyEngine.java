package dev.edenskills.apply;

import dev.edenskills.adapter.TargetAdapters;
import dev.edenskills.common.Env;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.installs.LockedInstalls;
import dev.edenskills.installs.OwnershipRules;
import dev.edenskills.installs.StaleTemps;
import dev.edenskills.lock.LockFile;
import dev.edenskills.lock.LockRead;
import dev.edenskills.lock.LockStore;
import dev.edenskills.reactor.PhaseAInterrupted;
import dev.edenskills.reactor.PhaseBInterrupted;
import dev.edenskills.reactor.ProgressListener;
import dev.edenskills.reactor.SkillReactor;
import dev.edenskills.reactor.StepResult;
import dev.edenskills.resolve.ResolvedSkill;
import dev.edenskills.resolve.SkillResolver;
import dev.edenskills.source.StoreLayout;
import dev.edenskills.source.StoreLock;
import dev.edenskills.verify.Verifier;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code apply}: lock the store, Phase A (parallel source sync), the barrier, Phase B (serial
 * installs and verification), orphan removal, then the lock file — CONTRACT §6.
 */
public final class ApplyEngine {
  private final Env env;
  private final Consumer<String> warn;

  public ApplyEngine(Env env, Consumer<String> warn) {
    this.env = env;
    this.warn = warn;
  }

  public ApplyResult apply(ConfigFile config, ApplyOptions options, ProgressListener listener)
      throws InterruptedException {
    StoreLayout layout = new StoreLayout(config.storeRoot(env));
    try (StoreLock held = StoreLock.acquire(layout.lockFile(), StoreLock.DEFAULT_WAIT, warn)) {
      return applyLocked(config, options, listener, layout);
    }
  }

  /**
   * {@link #apply} for a caller that already holds the store lock ({@code repair}, {@code update}):
   * the lock is not reentrant, and those commands must keep it across their own steps.
   */
  public ApplyResult applyHolding(
      StoreLock held, ConfigFile config, ApplyOptions options, ProgressListener listener)
      throws InterruptedException {
    return applyLocked(config, options, listener, new StoreLayout(config.storeRoot(env)));
  }

  private ApplyResult applyLocked(
      ConfigFile config, ApplyOptions options, ProgressListener display, StoreLayout layout)
      throws InterruptedException {
    // One guard for the whole run: a broken display is reported once, in Phase A or B.
    ProgressListener listener = ProgressListener.guarded(display);
    Instant start = env.clock().instant();
    LockRead read = LockStore.read(config.lockPath());
    LockFile lock = options.locked() ? read.lock() : readLock(read);
    RepoSyncs syncs = RepoSyncs.of(env, config);
    int concurrency = options.concurrency().orElse(syncs.reactorConfig().concurrency());
    // Registries first, through the same bounded Phase A: the names they resolve decide which
    // commits the skill sync fetches (CONTRACT §11).
    new RegistrySync(env, syncs, warn)
        .run(
            config.config(),
            options.update() ? RegistrySync.Scope.ALL : RegistrySync.Scope.MISSING,
            syncs.reactor(concurrency, listener));
    SkillResolver resolver = new SkillResolver(config, env, lock);
    List<ResolvedSkill> skills = resolver.resolve(options::includes, options.update());
    if (options.locked()) {
      LockedCheck.check(read, skills);
    }
    List<ApplyResult.FailureLine> unresolved =
        resolver.unresolved().stream()
            .map(
                u ->
                    new ApplyResult.FailureLine(
                        u.id(),
                        "resolve",
                        "registry",
                        u.problem().code() + ": " + u.problem().getMessage()))
            .toList();

    RepoSummaries summaries = new RepoSummaries(listener);
    SkillReactor reactor = syncs.reactor(concurrency, summaries);
    TargetAdapters adapters = new TargetAdapters(env);
    OwnershipRules rules = new OwnershipRules(config, env);
    // A run killed with SIGKILL leaves temps that no later run would otherwise remove.
    clearStaleTemps(new StaleTemps(adapters, layout), config, skills, lock);
    SourceSync sync = new SourceSync(syncs, reactor, summaries);

    SourceSync.Result synced;
    try {
      synced = sync.run(skills, options.update(), options.prefetched(), options.locked());
    } catch (PhaseAInterrupted e) {
      // Nothing was installed yet: report what Phase A finished, leave targets and lock as they
      // are.
      Duration elapsed = Duration.between(start, env.clock().instant());
      return new ApplyResult(
          skills, Map.of(), List.of(), Map.of(), List.of(), List.of(), true, elapsed, elapsed);
    }
    Duration phaseA = Duration.between(start, env.clock().instant());
    new SafetyRecorder(layout, env.clock()).record(skills, synced.outcomes());

    InstallPhase phase =
        new InstallPhase(
            adapters,
            rules,
            new Verifier(layout::boundaryOf),
            layout.root(),
            options,
            listener,
            env.clock());
    Map<String, SkillInstall> installs = new LinkedHashMap<>();
    boolean interrupted = false;
    List<StepResult<ResolvedSkill, Optional<SkillInstall>>> steps;
    try {
      steps = reactor.runPhaseB(skills, skill -> installOne(phase, skill, synced));
    } catch (PhaseBInterrupted e) {
      interrupted = true;
      steps = castSteps(e.results());
    }
    for (StepResult<ResolvedSkill, Optional<SkillInstall>> step : steps) {
      switch (step) {
        case StepResult.Done<ResolvedSkill, Optional<SkillInstall>> d ->
            d.value().ifPresent(i -> installs.put(i.skillId(), i));
        case StepResult.Failed<ResolvedSkill, Optional<SkillInstall>> f ->
            installs.put(
                f.item().id(),
                SkillInstall.failed(
                    f.item().id(),
                    f.cause() == null
                        ? new StepError(f.detail(), Optional.empty())
                        : StepError.of(f.cause())));
        case StepResult.NotRun<ResolvedSkill, Optional<SkillInstall>> n -> {}
      }
    }
    Orphans.Removed removed =
        options.only().isEmpty() && !interrupted && !options.locked()
            ? Orphans.remove(new LockedInstalls(adapters, rules), config, lock, warn)
            : Orphans.Removed.NONE;
    if (!options.locked()) {
      // --locked installs what the lock says and leaves it byte for byte as committed.
      writeLock(config, lock, skills, synced, installs, removed);
    }
    return new ApplyResult(
        skills,
        synced.outcomes(),
        synced.repos(),
        installs,
        removed.entries(),
        concat(unresolved, removed.failures()),
        interrupted,
        phaseA,
        Duration.between(start, env.clock().instant()));
  }

  private void clearStaleTemps(
      StaleTemps temps, ConfigFile config, List<ResolvedSkill> skills, LockFile lock) {
    for (StaleTemps.Stale stale : temps.find(config, skills, lock)) {
      try {
        temps.delete(stale);
      } catch (IOException | RuntimeException e) {
        warn.accept("cannot remove stale temp " + stale.path() + ": " + e.getMessage());
      }
    }
  }

  private static Optional<SkillInstall> installOne(
      InstallPhase phase, ResolvedSkill skill, SourceSync.Result synced) throws IOException {
    SyncOutcome outcome = synced.outcomes().get(skill.id());
    if (outcome instanceof SyncOutcome.Failed) {
      return Optional.empty();
    }
    if (skill.spec().noExecMetadataOnly()) {
      return Optional.of(SkillInstall.metadataOnly(skill.id()));
    }
    // A skipped remote skill installs the very snapshot the lock hashed: reuse that hash.
    Optional<String> knownHash =
        outcome instanceof SyncOutcome.Skipped s && !s.resolvedCommit().isEmpty()
            ? skill.locked().map(l -> l.contentHash()).filter(h -> !h.isEmpty())
            : Optional.empty();
    return Optional.of(phase.install(skill, outcome.installSource().orElseThrow(), knownHash));
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @SuppressWarnings("unchecked")
  private static List<StepResult<ResolvedSkill, Optional<SkillInstall>>> castSteps(
      List<StepResult<?, ?>> results) {
    List<StepResult<ResolvedSkill, Optional<SkillInstall>>> out = new ArrayList<>();
    for (StepResult<?, ?> r : results) {
      out.add((StepResult<ResolvedSkill, Optional<SkillInstall>>) r);
    }
    return out;
  }

  private LockFile readLock(LockRead read) {
    if (read instanceof LockRead.Unusable unusable) {
      warn.accept(unusable.reason() + "; reconciling everything and writing a fresh lock");
    }
    return read.lock();
  }

  private void writeLock(
      ConfigFile config,
      LockFile old,
      List<ResolvedSkill> skills,
      SourceSync.Result synced,
      Map<String, SkillInstall> installs,
      Orphans.Removed removed) {
    LockFile next =
        LockUpdate.next(
            old, skills, synced.outcomes(), synced.branches(), installs, removed, env.clock());
    LockStore.save(
        config.lockPath(),
        next,
        "check that the directory is writable; the installs themselves are done");
  }
}
