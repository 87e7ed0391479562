package dev.edenskills.doctor;

import dev.edenskills.apply.RepoSync;
import dev.edenskills.apply.RepoSyncs;
import dev.edenskills.apply.ResolvedSkill;
import dev.edenskills.reactor.PhaseAInterrupted;
import dev.edenskills.reactor.ProgressListener;
import dev.edenskills.reactor.SourceTask;
import dev.edenskills.reactor.TaskResult;
import dev.edenskills.source.RepoLocation;
import dev.edenskills.source.SnapshotStore;
import dev.edenskills.verify.SkillLinks;
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

  private final RepoSyncs syncs;
  private final ProgressListener listener;

  SnapshotRestore(RepoSyncs syncs, ProgressListener listener) {
    this.syncs = syncs;
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

  /**
   * Locked snapshots in the store that a skill cannot be read from: a link inside the skill's
   * subpath does not resolve, so a file it points to elsewhere in the repository is gone (removed
   * by hand, or never written). Such a snapshot is not trusted: repair writes it again. Returns the
   * commits by repository key.
   */
  static Map<String, Set<String>> damaged(List<ResolvedSkill> skills, SnapshotStore snapshots) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (ResolvedSkill skill : skills) {
      if (skill.location() instanceof RepoLocation.Remote remote
          && skill.lockMatches()
          && !skill.spec().noExecMetadataOnly()) {
        String commit = skill.locked().orElseThrow().commit();
        snapshots
            .existing(remote.key(), commit)
            .map(s -> s.dir().resolve(skill.spec().source().subpath()).normalize())
            .filter(dir -> !SkillLinks.dangling(dir).isEmpty())
            .ifPresent(
                dir -> out.computeIfAbsent(remote.key(), k -> new LinkedHashSet<>()).add(commit));
      }
    }
    return out;
  }

  List<Outcome> restore(Map<RepoLocation.Remote, Set<String>> missing) throws PhaseAInterrupted {
    if (missing.isEmpty()) {
      return List.of();
    }
    // Commit ids are refs too: the ones the store's repository still holds resolve without the
    // network, the rest are fetched by id; then each is materialized.
    List<SourceTask<RepoSync>> tasks = new ArrayList<>();
    List<RepoLocation.Remote> repos = List.copyOf(missing.keySet());
    for (RepoLocation.Remote repo : repos) {
      tasks.add(syncs.task(repo, List.copyOf(missing.get(repo))));
    }
    syncs.prepareGit();
    List<TaskResult<RepoSync>> results =
        syncs.reactor(syncs.reactorConfig().concurrency(), listener).runPhaseA(tasks);
    List<Outcome> out = new ArrayList<>();
    for (int i = 0; i < repos.size(); i++) {
      List<String> commits = List.copyOf(missing.get(repos.get(i)));
      out.add(
          switch (results.get(i)) {
            case TaskResult.Done<RepoSync> d ->
                new Outcome(repos.get(i).display(), commits, Optional.empty());
            case TaskResult.Failed<RepoSync> f ->
                new Outcome(
                    repos.get(i).display(),
                    commits,
                    Optional.of("stage=" + f.stage().id() + " detail=" + f.detail()));
          });
    }
    return out;
  }
}
