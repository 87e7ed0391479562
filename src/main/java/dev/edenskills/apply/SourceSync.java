package dev.edenskills.apply;

import dev.edenskills.reactor.PhaseAInterrupted;
import dev.edenskills.reactor.SkillReactor;
import dev.edenskills.reactor.SourceTask;
import dev.edenskills.reactor.Stage;
import dev.edenskills.reactor.TaskResult;
import dev.edenskills.source.FetchOptions;
import dev.edenskills.source.GitEnvironment;
import dev.edenskills.source.GitFetcher;
import dev.edenskills.source.RepoLocation;
import dev.edenskills.source.Snapshot;
import dev.edenskills.source.SnapshotStore;
import dev.edenskills.source.StoreLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Phase A as the product sees it: decide which skills need the network, group them by repository
 * (one task per repository, however many skills it holds), run the tasks through the reactor and
 * turn each repository's result into one {@link SyncOutcome} per skill.
 */
public final class SourceSync {
  private final StoreLayout layout;
  private final GitFetcher fetcher;
  private final SnapshotStore snapshots;
  private final FetchOptions fetchOptions;
  private final SkillReactor reactor;
  private final RepoSummaries summaries;

  SourceSync(
      StoreLayout layout,
      GitFetcher fetcher,
      SnapshotStore snapshots,
      FetchOptions fetchOptions,
      SkillReactor reactor,
      RepoSummaries summaries) {
    this.layout = layout;
    this.fetcher = fetcher;
    this.snapshots = snapshots;
    this.fetchOptions = fetchOptions;
    this.reactor = reactor;
    this.summaries = summaries;
  }

  /** Per-skill outcomes (keyed by id, config order) and per-repository reports. */
  public record Result(Map<String, SyncOutcome> outcomes, List<RepoReport> repos) {}

  /** Skills sharing one repository: one Phase A task. */
  private record Group(RepoLocation.Remote repo, Set<String> refs, List<ResolvedSkill> skills) {}

  public Result run(List<ResolvedSkill> skills, boolean update) throws PhaseAInterrupted {
    Map<String, SyncOutcome> outcomes = new LinkedHashMap<>();
    Map<String, Group> groups = new LinkedHashMap<>();
    for (ResolvedSkill skill : skills) {
      outcomes.put(skill.id(), null); // keeps config order
      switch (skill.location()) {
        case RepoLocation.Local local -> outcomes.put(skill.id(), local(skill, local));
        case RepoLocation.Remote remote -> {
          Optional<SyncOutcome> reused = update ? Optional.empty() : reuseLocked(skill, remote);
          if (reused.isPresent()) {
            outcomes.put(skill.id(), reused.get());
          } else {
            Group g =
                groups.computeIfAbsent(
                    remote.key(), k -> new Group(remote, new LinkedHashSet<>(), new ArrayList<>()));
            g.refs().add(skill.spec().source().ref());
            g.skills().add(skill);
          }
        }
      }
    }
    List<Group> work = List.copyOf(groups.values());
    List<SourceTask<RepoSyncTask.RepoSync>> tasks = new ArrayList<>();
    for (Group g : work) {
      summaries.register(g.repo().display(), g.skills().size());
      tasks.add(
          new RepoSyncTask(
              g.repo(), List.copyOf(g.refs()), layout, fetcher, snapshots, fetchOptions));
    }
    if (!tasks.isEmpty()) {
      // JGit's class initialisation pins carrier threads: do it here, before forking.
      GitEnvironment.warmUp();
    }
    List<TaskResult<RepoSyncTask.RepoSync>> results = reactor.runPhaseA(tasks);
    List<RepoReport> repos = new ArrayList<>();
    for (int i = 0; i < work.size(); i++) {
      Group g = work.get(i);
      TaskResult<RepoSyncTask.RepoSync> r = results.get(i);
      repos.add(RepoReport.of(g.repo().display(), g.skills().size(), r));
      for (ResolvedSkill skill : g.skills()) {
        outcomes.put(skill.id(), outcomeOf(skill, r));
      }
    }
    return new Result(outcomes, repos);
  }

  private SyncOutcome outcomeOf(ResolvedSkill skill, TaskResult<RepoSyncTask.RepoSync> result) {
    return switch (result) {
      case TaskResult.Failed<RepoSyncTask.RepoSync> f ->
          new SyncOutcome.Failed(skill.id(), f.stage(), f.detail());
      case TaskResult.Done<RepoSyncTask.RepoSync> d -> {
        Snapshot snapshot = d.value().byRef().get(skill.spec().source().ref());
        yield fromSnapshot(skill, snapshot, d.value().cloned() ? Kind.CLONED : Kind.UPDATED);
      }
    };
  }

  /** CONTRACT §6 lock reuse: same repo/ref/subpath as locked and that snapshot exists. */
  private Optional<SyncOutcome> reuseLocked(ResolvedSkill skill, RepoLocation.Remote remote) {
    if (!skill.lockMatches()) {
      return Optional.empty();
    }
    String commit = skill.locked().orElseThrow().commit();
    return snapshots
        .existing(remote.key(), commit)
        .map(snapshot -> fromSnapshot(skill, snapshot, Kind.SKIPPED));
  }

  private enum Kind {
    CLONED,
    UPDATED,
    SKIPPED
  }

  private SyncOutcome fromSnapshot(ResolvedSkill skill, Snapshot snapshot, Kind kind) {
    String subpath = skill.spec().source().subpath();
    String id = skill.id();
    if (SnapshotStore.containsRejected(snapshot, subpath)) {
      return new SyncOutcome.Failed(
          id,
          Stage.MATERIALIZE,
          "a symlink in "
              + subpath
              + " points outside the repository (label symlink-outside-repo); refusing to install");
    }
    Path source = snapshot.dir().resolve(subpath).normalize();
    String commit = snapshot.dir().getFileName().toString();
    if (!Files.isDirectory(source)) {
      return new SyncOutcome.Failed(
          id,
          Stage.CHECKOUT,
          "subpath '" + subpath + "' is not a directory at commit " + commit.substring(0, 12));
    }
    return switch (kind) {
      case CLONED -> new SyncOutcome.Cloned(id, commit, source);
      case UPDATED -> new SyncOutcome.Updated(id, commit, source);
      case SKIPPED -> new SyncOutcome.Skipped(id, commit, source);
    };
  }

  private static SyncOutcome local(ResolvedSkill skill, RepoLocation.Local local) {
    Path source = local.dir().resolve(skill.spec().source().subpath()).normalize();
    if (!Files.isDirectory(source)) {
      return new SyncOutcome.Failed(
          skill.id(), Stage.CHECKOUT, "local directory " + source + " does not exist");
    }
    return new SyncOutcome.Skipped(skill.id(), "", source);
  }
}
