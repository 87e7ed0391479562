package dev.edenskills.apply;

import dev.edenskills.common.Env;
import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.config.SourceSpec;
import dev.edenskills.reactor.PhaseAInterrupted;
import dev.edenskills.reactor.ProgressEvent;
import dev.edenskills.reactor.ProgressListener;
import dev.edenskills.reactor.SkillReactor;
import dev.edenskills.reactor.SourceTask;
import dev.edenskills.reactor.TaskResult;
import dev.edenskills.source.RepoLocation;
import dev.edenskills.source.StoreLock;
import java.util.List;
import java.util.function.Consumer;

/**
 * Phase A for one repository ref ahead of {@code apply}: the same task (fetch into the store's bare
 * repository, materialize the snapshot), under the store lock, with the config's timeout and
 * retries. {@code install} uses it to look inside a source before choosing skills, then hands the
 * result to {@link ApplyOptions#withPrefetched} so the source is fetched once per run.
 */
public final class Prefetch {
  private final Env env;
  private final Consumer<String> warn;

  public Prefetch(Env env, Consumer<String> warn) {
    this.env = env;
    this.warn = warn;
  }

  /**
   * Fetches {@code ref} of {@code repo} into the store of {@code config}.
   *
   * @throws Problem {@code FETCH_FAILED} (exit 1) naming the stage and what went wrong
   * @throws InterruptedException on Ctrl-C; nothing half-written is left in the store
   */
  public Prefetched fetch(
      ConfigFile config, RepoLocation.Remote repo, String ref, ProgressListener listener)
      throws InterruptedException {
    RepoSyncs syncs = RepoSyncs.of(env, config);
    SourceTask<RepoSync> task = syncs.task(repo, List.of(ref));
    // Skills are counted only after discovery; say which ref was fetched instead.
    ProgressListener labelled =
        event ->
            listener.on(
                event instanceof ProgressEvent.RepoFinished f && f.ok()
                    ? new ProgressEvent.RepoFinished(
                        f.at(), f.name(), true, "(" + refLabel(ref) + ")", f.elapsed())
                    : event);
    SkillReactor reactor = syncs.reactor(1, labelled);
    // JGit's class initialisation pins carrier threads: do it here, before forking.
    syncs.prepareGit(1);
    TaskResult<RepoSync> result;
    try (StoreLock held =
        StoreLock.acquire(syncs.layout().lockFile(), StoreLock.DEFAULT_WAIT, warn)) {
      result = reactor.runPhaseA(List.of(task)).getFirst();
    } catch (PhaseAInterrupted e) {
      throw new InterruptedException("interrupted while fetching " + repo.display());
    }
    if (result instanceof TaskResult.Failed<RepoSync> f && SourceTasks.internal(f)) {
      // A bug, not a fetch failure: reported as one (error[INTERNAL], the stack with -v).
      throw SourceTasks.asUnchecked(f.cause());
    }
    return switch (result) {
      case TaskResult.Done<RepoSync> d -> {
        var snapshot = d.value().byRef().get(ref);
        yield new Prefetched(
            repo.key(),
            ref,
            snapshot.commit(),
            d.value().branch(ref),
            d.value().cloned(),
            snapshot);
      }
      case TaskResult.Failed<RepoSync> f ->
          throw Problem.runtime(
              ErrorCode.FETCH_FAILED,
              "cannot get "
                  + repo.display()
                  + " at "
                  + SourceSpec.describe(ref, "")
                  + ": stage="
                  + f.stage().id()
                  + " detail="
                  + f.detail(),
              "check the URL and the ref (--ref); private repositories need credentials",
              f.cause());
    };
  }

  private static String refLabel(String ref) {
    return SourceSpec.isDefault(ref) ? SourceSpec.describe(ref, "") : "ref " + ref;
  }
}
