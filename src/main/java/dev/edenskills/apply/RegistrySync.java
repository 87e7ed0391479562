package dev.edenskills.apply;

import dev.edenskills.common.Env;
import dev.edenskills.config.Config;
import dev.edenskills.config.RegistryConfig;
import dev.edenskills.reactor.PhaseAInterrupted;
import dev.edenskills.reactor.SkillReactor;
import dev.edenskills.reactor.SourceTask;
import dev.edenskills.reactor.TaskResult;
import dev.edenskills.registry.RegistryCache;
import dev.edenskills.registry.RegistrySyncTask;
import dev.edenskills.source.RepoLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Syncs registries through the reactor's Phase A, under its concurrency bound, like skill sources.
 * A registry that cannot be reached keeps its last synced copy (with a warning); one without any
 * copy stays unavailable, which only fails the skills that need it.
 */
public final class RegistrySync {
  private final Env env;
  private final RepoSyncs syncs;
  private final Consumer<String> warn;

  public RegistrySync(Env env, RepoSyncs syncs, Consumer<String> warn) {
    this.env = env;
    this.syncs = syncs;
    this.warn = warn;
  }

  /** Which registries a run syncs. */
  public enum Scope {
    /** Every registry ({@code update}). */
    ALL,
    /** Only those never synced, and only when some skill is given by name ({@code apply}). */
    MISSING
  }

  /**
   * Syncs the registries of {@code config} that {@code scope} selects, at most {@code reactor}'s
   * concurrency at once.
   *
   * @throws InterruptedException on Ctrl-C; copies already swapped in stay, none is half-written
   */
  public void run(Config config, Scope scope, SkillReactor reactor) throws InterruptedException {
    RegistryCache cache = RegistryCache.in(syncs.layout().root());
    boolean named = config.skills().stream().anyMatch(s -> s.source().registry().isPresent());
    List<RegistryConfig> chosen = new ArrayList<>();
    for (RegistryConfig r : config.registries()) {
      if (scope == Scope.ALL || (named && !cache.has(r.name()))) {
        chosen.add(r);
      }
    }
    if (chosen.isEmpty()) {
      return;
    }
    List<SourceTask<String>> tasks = new ArrayList<>();
    for (RegistryConfig r : chosen) {
      RepoLocation.Remote remote =
          (RepoLocation.Remote) RepoLocation.parse(r.url(), env, env.cwd());
      RegistrySyncTask task =
          new RegistrySyncTask(
              r, remote, syncs.layout(), syncs.fetcher(), syncs.fetchOptions(), env.clock());
      tasks.add(SourceTasks.of(task.name(), task.initialStage(), task::run));
    }
    syncs.prepareGit(tasks.size());
    List<TaskResult<String>> results;
    try {
      results = reactor.runPhaseA(tasks);
    } catch (PhaseAInterrupted e) {
      throw new InterruptedException("interrupted while syncing registries");
    }
    for (int i = 0; i < chosen.size(); i++) {
      if (results.get(i) instanceof TaskResult.Failed<String> f) {
        String name = chosen.get(i).name();
        warn.accept(
            "registry "
                + name
                + " could not be synced (stage="
                + f.stage().id()
                + " detail="
                + SourceTasks.detail(f)
                + "); "
                + (cache.has(name)
                    ? "using the copy synced before"
                    : "skills that need it cannot be resolved"));
      }
    }
  }
}
