package dev.edenskills.apply;

import dev.edenskills.adapter.TargetAdapter;
import dev.edenskills.adapter.TargetAdapters;
import dev.edenskills.adapter.TargetState;
import dev.edenskills.common.Env;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.config.InstallMode;
import dev.edenskills.config.SourceSpec;
import dev.edenskills.installs.LockedInstalls;
import dev.edenskills.installs.OwnershipRules;
import dev.edenskills.lock.LockEntry;
import dev.edenskills.lock.LockFile;
import dev.edenskills.plan.Desired;
import dev.edenskills.plan.PlanEntry;
import dev.edenskills.plan.Planner;
import dev.edenskills.resolve.ResolvedSkill;
import dev.edenskills.resolve.SkillResolver;
import dev.edenskills.source.RepoLocation;
import dev.edenskills.source.SnapshotStore;
import dev.edenskills.source.StoreLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code plan}: what {@code apply} would do, computed from the config, the lock, the store and the
 * targets alone — read-only and offline. A source not yet in the store is planned against where its
 * snapshot will land, with a reason saying so.
 */
public final class OfflinePlan {
  static final String PENDING = "<not synced>";

  private final Env env;
  private final TargetAdapters adapters;

  public OfflinePlan(Env env, TargetAdapters adapters) {
    this.env = env;
    this.adapters = adapters;
  }

  /**
   * The plan, and the skills given by name that no registry resolves now (apply would fail them at
   * stage {@code resolve}), so plan can say so instead of leaving them out silently.
   */
  public record Plan(List<PlanEntry> entries, List<SkillResolver.Unresolved> unresolved) {}

  public Plan plan(ConfigFile config, LockFile lock, boolean force) {
    StoreLayout layout = new StoreLayout(config.storeRoot(env));
    SnapshotStore snapshots = new SnapshotStore(layout);
    OwnershipRules rules = new OwnershipRules(config, env);
    List<PlanEntry> entries = new ArrayList<>();
    SkillResolver resolver = new SkillResolver(config, env, lock);
    for (ResolvedSkill skill : resolver.resolveAll()) {
      if (skill.spec().noExecMetadataOnly()) {
        continue;
      }
      Optional<Path> source = knownSource(skill, snapshots);
      Path planned = source.orElseGet(() -> pendingSource(skill, layout));
      for (ResolvedSkill.Target target : skill.targets()) {
        Optional<String> hash =
            source.isPresent() && skill.lockMatches()
                ? skill.locked().map(LockEntry::contentHash)
                : Optional.empty();
        TargetAdapter adapter = adapters.of(target.environment());
        InstallMode mode = adapter.effectiveMode(target.path(), planned, skill.spec().mode());
        Desired desired = new Desired(skill.id(), planned, target.path(), mode, hash);
        TargetState observed =
            adapter.inspect(target.path(), rules.forTarget(skill, planned, target.path()));
        PlanEntry entry = Planner.plan(desired, observed, force);
        if (source.isEmpty()) {
          List<String> reasons = new ArrayList<>(entry.reasons());
          String branch = skill.locked().map(LockEntry::branch).orElse("");
          reasons.add(
              "source not synced yet: apply fetches "
                  + SourceSpec.describe(skill.spec().source().ref(), branch));
          entry =
              new PlanEntry(
                  entry.skillId(),
                  entry.sourcePath(),
                  entry.targetPath(),
                  entry.installMode(),
                  entry.action(),
                  reasons);
        }
        entries.add(entry);
      }
    }
    // Apply removes what the tool owns at an orphan's targets, and nothing else.
    for (LockedInstalls.Orphan o : new LockedInstalls(adapters, rules).findOrphans(config, lock)) {
      entries.add(Planner.remove(o.entry().id(), o.target()));
    }
    return new Plan(entries, resolver.unresolved());
  }

  private static Optional<Path> knownSource(ResolvedSkill skill, SnapshotStore snapshots) {
    String subpath = skill.spec().source().subpath();
    return switch (skill.location()) {
      case RepoLocation.Local local -> Optional.of(local.dir().resolve(subpath).normalize());
      case RepoLocation.Remote remote ->
          skill.lockMatches()
              ? snapshots
                  .existing(remote.key(), skill.locked().orElseThrow().commit())
                  .map(s -> s.dir().resolve(subpath).normalize())
              : Optional.empty();
    };
  }

  private static Path pendingSource(ResolvedSkill skill, StoreLayout layout) {
    String key =
        switch (skill.location()) {
          case RepoLocation.Remote r -> r.key();
          case RepoLocation.Local l -> "local";
        };
    return layout.snapshotsDir(key).resolve(PENDING).resolve(skill.spec().source().subpath());
  }
}
