package dev.edenskills.apply;

import dev.edenskills.common.Env;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.config.ReactorConfig;
import dev.edenskills.reactor.ProgressListener;
import dev.edenskills.reactor.SkillReactor;
import dev.edenskills.reactor.SourceTask;
import dev.edenskills.source.FetchOptions;
import dev.edenskills.source.GitEnvironment;
import dev.edenskills.source.GitFetcher;
import dev.edenskills.source.RepoLocation;
import dev.edenskills.source.SnapshotStore;
import dev.edenskills.source.StoreLayout;
import java.time.Duration;
import java.util.List;

/**
 * The one way to sync repositories into a store: the store's layout, JGit wired to the CLI's home,
 * the config's timeout and retries, and reactors sized from them. {@code apply}, {@code install}'s
 * prefetch and {@code repair}'s snapshot restore all build their Phase A here.
 */
public record RepoSyncs(
    Env env,
    StoreLayout layout,
    GitFetcher fetcher,
    SnapshotStore snapshots,
    FetchOptions fetchOptions,
    ReactorConfig reactorConfig) {

  public static RepoSyncs of(Env env, ConfigFile config) {
    StoreLayout layout = new StoreLayout(config.storeRoot(env));
    ReactorConfig rc = config.config().reactor();
    return new RepoSyncs(
        env,
        layout,
        new GitFetcher(layout, env.home()),
        new SnapshotStore(layout),
        new FetchOptions(rc.timeoutSecs(), rc.retries(), env.vars()),
        rc);
  }

  /**
   * Points JGit at the CLI's home and, when {@code repositories} will be fetched side by side,
   * warms it up on the calling thread. Call only when something will be fetched, before forking:
   * JGit's set-up (and logback's, which JGit's classes start) is a good part of an apply that has
   * nothing to fetch, and its class initialisation pins carrier threads when it happens inside
   * Phase A. One repository has no sibling to stall, so it skips the warm-up and pays nothing
   * twice.
   */
  public void prepareGit(int repositories) {
    GitEnvironment.install(env);
    if (repositories > 1) {
      GitEnvironment.warmUp();
    }
  }

  /** A Phase A task fetching {@code refs} (branches, tags or commit ids) of one repository. */
  public SourceTask<RepoSync> task(RepoLocation.Remote repo, List<String> refs) {
    RepoSyncTask task = new RepoSyncTask(repo, refs, layout, fetcher, snapshots, fetchOptions);
    return SourceTasks.of(task.name(), task.initialStage(), task::run);
  }

  /** A reactor running at most {@code concurrency} tasks, each under the safety-net timeout. */
  public SkillReactor reactor(int concurrency, ProgressListener listener) {
    return new SkillReactor(concurrency, taskTimeout(), listener, env.clock());
  }

  /**
   * A safety net above JGit's per-read timeout: the documented worst case of one repository
   * (docs/reactor.md), so a server trickling bytes cannot hold a task longer than that.
   */
  Duration taskTimeout() {
    return fetchOptions.worstCase();
  }
}
