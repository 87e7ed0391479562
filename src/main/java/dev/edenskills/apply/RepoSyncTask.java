package dev.edenskills.apply;

import dev.edenskills.source.FetchOptions;
import dev.edenskills.source.FetchResult;
import dev.edenskills.source.GitFetcher;
import dev.edenskills.source.RepoLocation;
import dev.edenskills.source.Snapshot;
import dev.edenskills.source.SnapshotStore;
import dev.edenskills.source.StoreLayout;
import dev.edenskills.source.SyncFailure;
import dev.edenskills.source.SyncProgress;
import dev.edenskills.source.SyncStage;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Phase A work for one repository: fetch every ref its skills need in one go, then materialize the
 * snapshot of each resolved commit that the store lacks.
 */
final class RepoSyncTask {
  private final RepoLocation.Remote repo;
  private final List<String> refs;
  private final StoreLayout layout;
  private final GitFetcher fetcher;
  private final SnapshotStore snapshots;
  private final FetchOptions options;

  RepoSyncTask(
      RepoLocation.Remote repo,
      List<String> refs,
      StoreLayout layout,
      GitFetcher fetcher,
      SnapshotStore snapshots,
      FetchOptions options) {
    this.repo = repo;
    this.refs = List.copyOf(refs);
    this.layout = layout;
    this.fetcher = fetcher;
    this.snapshots = snapshots;
    this.options = options;
  }

  String name() {
    return repo.display();
  }

  SyncStage initialStage() {
    return Files.isDirectory(layout.repoDir(repo.key())) ? SyncStage.FETCH : SyncStage.CLONE;
  }

  RepoSync run(SyncProgress progress) throws SyncFailure, InterruptedException {
    FetchResult fetched = fetcher.fetch(repo.fetchUrl(), repo.key(), refs, progress, options);
    progress.stage(SyncStage.MATERIALIZE);
    Map<String, Snapshot> byRef = new LinkedHashMap<>();
    Map<String, Snapshot> byCommit = new LinkedHashMap<>();
    for (String ref : refs) {
      String commit = fetched.commits().get(ref);
      Snapshot snapshot = byCommit.get(commit);
      if (snapshot == null) {
        snapshot = snapshots.materialize(layout.repoDir(repo.key()), repo.key(), commit);
        byCommit.put(commit, snapshot);
      }
      byRef.put(ref, snapshot);
    }
    return new RepoSync(fetched.cloned(), byRef, fetched.branches());
  }
}
