package dev.edenskills.apply;

import dev.edenskills.reactor.PhaseAInterrupted;
import dev.edenskills.reactor.SkillReactor;
import dev.edenskills.reactor.SourceTask;
import dev.edenskills.reactor.Stage;
import dev.edenskills.reactor.TaskResult;
import dev.edenskills.resolve.ResolvedSkill;
import dev.edenskills.source.RepoLocation;
import dev.edenskills.source.Snapshot;
import dev.edenskills.source.SnapshotStore;
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
  private final RepoSyncs syncs;
  private final SkillReactor reactor;
  private final RepoSummaries summaries;
  private final TaskFactory tasks;

  /** Makes the Phase A task of one repository; {@link RepoSyncs#task} outside tests. */
  @FunctionalInterface
  interface TaskFactory {
    SourceTask<RepoSync> task(RepoLocation.Remote repo, List<String> refs);
  }

  SourceSync(RepoSyncs syncs, SkillReactor reactor, RepoSummaries summaries) {
    this(syncs, reactor, summaries, syncs::task);
  }

  SourceSync(RepoSyncs syncs, SkillReactor reactor, RepoSummaries summaries, TaskFactory tasks) {
    this.syncs = syncs;
    this.reactor = reactor;
    this.summaries = summaries;
    this.tasks = tasks;
  }

  /**
   * Per-skill outcomes (keyed by id, config order), per-repository reports, and for skills that
   * follow a default branch the branch it was (keyed by id).
   */
  public record Result(
      Map<String, SyncOutcome> outcomes, List<RepoReport> repos, Map<String, String> branches) {}

  /** Skills sharing one repository: one Phase A task. */
  private record Group(RepoLocation.Remote repo, Set<String> refs, List<ResolvedSkill> skills) {}

  public Result run(List<ResolvedSkill> skills, boolean update) throws PhaseAInterrupted {
    return run(skills, update, List.of(), false);
  }

  /**
   * As {@link #run(List, boolean)}, taking the refs in {@code prefetched} as already synced; with
   * {@code locked}, each skill is fetched at its locked commit instead of its ref.
   */
  public Result run(
      List<ResolvedSkill> skills, boolean update, List<Prefetched> prefetched, boolean locked)
      throws PhaseAInterrupted {
    Map<String, SyncOutcome> outcomes = new LinkedHashMap<>();
    Map<String, Group> groups = new LinkedHashMap<>();
    Map<String, String> branches = new LinkedHashMap<>();
    for (ResolvedSkill skill : skills) {
      outcomes.put(skill.id(), null); // keeps config order
      switch (skill.location()) {
        case RepoLocation.Local local -> outcomes.put(skill.id(), local(skill, local));
        case RepoLocation.Remote remote -> {
          String ref = syncRef(skill, locked);
          Optional<Prefetched> early = ApplyOptions.find(prefetched, remote.key(), ref);
          Optional<SyncOutcome> reused =
              reusePrefetched(skill, remote, prefetched)
                  .or(() -> update ? Optional.empty() : reuseLocked(skill, remote));
          if (reused.isPresent()) {
            outcomes.put(skill.id(), reused.get());
            String branch =
                early.isPresent()
                    ? early.get().branch()
                    : skill.locked().map(l -> l.branch()).orElse("");
            branches.put(skill.id(), branch);
          } else {
            Group g =
                groups.computeIfAbsent(
                    remote.key(), k -> new Group(remote, new LinkedHashSet<>(), new ArrayList<>()));
            g.refs().add(ref);
            g.skills().add(skill);
          }
        }
      }
    }
    List<Group> pending = List.copyOf(groups.values());
    List<SourceTask<RepoSync>> work = new ArrayList<>();
    for (Group g : pending) {
      summaries.register(g.repo().display(), g.skills().size());
      work.add(tasks.task(g.repo(), List.copyOf(g.refs())));
    }
    if (!work.isEmpty()) {
      syncs.prepareGit(work.size());
    }
    List<TaskResult<RepoSync>> results = reactor.runPhaseA(work);
    List<RepoReport> repos = new ArrayList<>();
    for (int i = 0; i < pending.size(); i++) {
      Group g = pending.get(i);
      TaskResult<RepoSync> r = results.get(i);
      repos.add(RepoReport.of(g.repo().display(), g.skills().size(), r));
      for (ResolvedSkill skill : g.skills()) {
        String ref = syncRef(skill, locked);
        outcomes.put(skill.id(), outcomeOf(skill, ref, r));
        if (r instanceof TaskResult.Done<RepoSync> d) {
          branches.put(skill.id(), d.value().branch(ref));
        }
      }
    }
    branches.values().removeIf(String::isEmpty);
    return new Result(outcomes, repos, branches);
  }

  /** What Phase A fetches for {@code skill}: its ref, or with --locked its locked commit. */
  private static String syncRef(ResolvedSkill skill, boolean locked) {
    return locked ? skill.locked().map(l -> l.commit()).orElseThrow() : skill.spec().source().ref();
  }

  private SyncOutcome outcomeOf(ResolvedSkill skill, String ref, TaskResult<RepoSync> result) {
    return switch (result) {
      case TaskResult.Failed<RepoSync> f ->
          new SyncOutcome.Failed(
              skill.id(),
              f.stage(),
              SourceTasks.detail(f),
              Optional.ofNullable(f.cause()),
              SourceTasks.internal(f));
      case TaskResult.Done<RepoSync> d -> {
        Snapshot snapshot = d.value().byRef().get(ref);
        yield fromSnapshot(skill, snapshot, d.value().cloned() ? Kind.CLONED : Kind.UPDATED);
      }
    };
  }

  /**
   * A ref this run fetched already: its snapshot, counted as cloned/updated like a fetch. If the
   * snapshot vanished meanwhile (a {@code clean} between the two store locks), fetch as usual.
   */
  private Optional<SyncOutcome> reusePrefetched(
      ResolvedSkill skill, RepoLocation.Remote remote, List<Prefetched> prefetched) {
    return ApplyOptions.find(prefetched, remote.key(), skill.spec().source().ref())
        .flatMap(
            p ->
                syncs
                    .snapshots()
                    .existing(remote.key(), p.commit())
                    .map(s -> fromSnapshot(skill, s, p.cloned() ? Kind.CLONED : Kind.UPDATED)));
  }

  /** CONTRACT §6 lock reuse: same repo/ref/subpath as locked and that snapshot exists. */
  private Optional<SyncOutcome> reuseLocked(ResolvedSkill skill, RepoLocation.Remote remote) {
    if (!skill.lockMatches()) {
      return Optional.empty();
    }
    String commit = skill.locked().orElseThrow().commit();
    return syncs
        .snapshots()
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
    String commit = snapshot.commit();
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
