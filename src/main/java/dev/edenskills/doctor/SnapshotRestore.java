package dev.edenskills.doctor;

import dev.edenskills.apply.ResolvedSkill;
import dev.edenskills.common.Env;
import dev.edenskills.config.ReactorConfig;
import dev.edenskills.reactor.PhaseAInterrupted;
import dev.edenskills.reactor.ProgressListener;
import dev.edenskills.reactor.SkillReactor;
import dev.edenskills.reactor.SourceTask;
import dev.edenskills.reactor.Stage;
import dev.edenskills.reactor.TaskContext;
import dev.edenskills.reactor.TaskResult;
import dev.edenskills.source.FetchOptions;
import dev.edenskills.source.GitEnvironment;
import dev.edenskills.source.GitFetcher;
import dev.edenskills.source.RepoLocation;
import dev.edenskills.source.SnapshotStore;
import dev.edenskills.source.StoreLayout;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Brings back the snapshots of locked commits that are missing from the store, one reactor task per
 * repository, in parallel. Commits still in the store's repository are materialized without any
 * network; only what is missing is fetched, by commit id, so a repair reinstalls exactly what the
 * lock records even if the branch has moved since.
 */
final class SnapshotRestore {
  /** What happened for one repository. */
  record Outcome(String repo, List<String> commits, Optional<String> failure) {}

  private final Env env;
  private final StoreLayout layout;
  private final ReactorConfig reactor;
  private final ProgressListener listener;

  SnapshotRestore(Env env, StoreLayout layout, ReactorConfig reactor, ProgressListener listener) {
    this.env = env;
    this.layout = layout;
    this.reactor = reactor;
    this.listener = listener;
  }

  /** Skills whose locked snapshot is gone, grouped by repository. */
  static Map<RepoLocation.Remote, Set<String>> missing(
      List<ResolvedSkill> skills, SnapshotStore snapshots) {
    Map<String, RepoLocation.Remote> repos = new LinkedHashMap<>();
    Map<String, Set<String>> commits = new LinkedHashMap<>();
    for (ResolvedSkill skill : skills) {
      if (skill.location() instanceof RepoLocation.Remote remote
          && skill.lockMatches()
          && !skill.spec().noExecMetadataOnly()) {
        String commit = skill.locked().orElseThrow().commit();
        if (snapshots.existing(remote.key(), commit).isEmpty()) {
          repos.putIfAbsent(remote.key(), remote);
          commits.computeIfAbsent(remote.key(), k -> new LinkedHashSet<>()).add(commit);
        }
      }
    }
    Map<RepoLocation.Remote, Set<String>> out = new LinkedHashMap<>();
    repos.forEach((key, repo) -> out.put(repo, commits.get(key)));
    return out;
  }

  List<Outcome> restore(Map<RepoLocation.Remote, Set<String>> missing) throws PhaseAInterrupted {
    if (missing.isEmpty()) {
      return List.of();
    }
    GitEnvironment.install(env);
    GitFetcher fetcher = new GitFetcher(layout, env.home());
    SnapshotStore snapshots = new SnapshotStore(layout);
    FetchOptions options = new FetchOptions(reactor.timeoutSecs(), reactor.retries(), env.vars());
    List<SourceTask<List<String>>> tasks = new ArrayList<>();
    List<RepoLocation.Remote> repos = List.copyOf(missing.keySet());
    for (RepoLocation.Remote repo : repos) {
      tasks.add(new RestoreTask(repo, List.copyOf(missing.get(repo)), fetcher, snapshots, options));
    }
    Duration timeout =
        reactor.timeoutSecs() == 0
            ? Duration.ZERO
            : Duration.ofSeconds((long) reactor.timeoutSecs() * (reactor.retries() + 1) * 3);
    List<TaskResult<List<String>>> results =
        new SkillReactor(reactor.concurrency(), timeout, listener, env.clock()).runPhaseA(tasks);
    List<Outcome> out = new ArrayList<>();
    for (int i = 0; i < repos.size(); i++) {
      List<String> commits = List.copyOf(missing.get(repos.get(i)));
      out.add(
          switch (results.get(i)) {
            case TaskResult.Done<List<String>> d ->
                new Outcome(repos.get(i).display(), d.value(), Optional.empty());
            case TaskResult.Failed<List<String>> f ->
                new Outcome(
                    repos.get(i).display(),
                    commits,
                    Optional.of("stage=" + f.stage().id() + " detail=" + f.detail()));
          });
    }
    return out;
  }

  /** Fetch (only if needed) and materialize the missing commits of one repository. */
  private final class RestoreTask implements SourceTask<List<String>> {
    private final RepoLocation.Remote repo;
    private final List<String> commits;
    private final GitFetcher fetcher;
    private final SnapshotStore snapshots;
    private final FetchOptions options;

    RestoreTask(
        RepoLocation.Remote repo,
        List<String> commits,
        GitFetcher fetcher,
        SnapshotStore snapshots,
        FetchOptions options) {
      this.repo = repo;
      this.commits = commits;
      this.fetcher = fetcher;
      this.snapshots = snapshots;
      this.options = options;
    }

    @Override
    public String name() {
      return repo.display();
    }

    @Override
    public Stage initialStage() {
      return Files.isDirectory(layout.repoDir(repo.key())) ? Stage.FETCH : Stage.CLONE;
    }

    @Override
    public List<String> run(TaskContext context) throws Exception {
      // Commit ids the store's repository already holds resolve locally, without the network.
      fetcher.fetch(repo.fetchUrl(), repo.key(), commits, context, options);
      context.stage(Stage.MATERIALIZE);
      for (String commit : commits) {
        snapshots.materialize(layout.repoDir(repo.key()), repo.key(), commit);
      }
      return commits;
    }
  }
}
