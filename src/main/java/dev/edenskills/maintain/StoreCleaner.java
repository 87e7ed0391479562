package dev.edenskills.maintain;

import dev.edenskills.adapter.TargetAdapters;
import dev.edenskills.common.Env;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.config.TargetEnvironment;
import dev.edenskills.installs.StaleTemps;
import dev.edenskills.lock.LockEntry;
import dev.edenskills.lock.LockFile;
import dev.edenskills.lock.LockStore;
import dev.edenskills.resolve.ResolvedSkill;
import dev.edenskills.resolve.SkillResolver;
import dev.edenskills.source.RepoLocation;
import dev.edenskills.source.SnapshotStore;
import dev.edenskills.source.StoreLayout;
import dev.edenskills.source.StoreLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code clean}: deletes store repositories and snapshots that no lock entry or config entry uses,
 * safety files of skills that are gone, and stale temporary entries. Targets are never touched. A
 * dry run computes the very same list and deletes nothing.
 */
public final class StoreCleaner {
  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");
  private static final String REJECTED = ".rejected";

  private final Env env;
  private final TargetAdapters adapters;

  public StoreCleaner(Env env, TargetAdapters adapters) {
    this.env = env;
    this.adapters = adapters;
  }

  public CleanResult clean(ConfigFile config, boolean dryRun, Consumer<String> warn)
      throws InterruptedException {
    StoreLayout layout = new StoreLayout(config.storeRoot(env));
    if (dryRun || !Files.isDirectory(layout.root())) {
      Plan plan = plan(config, layout);
      return dryRun ? new CleanResult(true, plan.entries(), List.of()) : delete(plan, layout);
    }
    try (StoreLock held = StoreLock.acquire(layout.lockFile(), StoreLock.DEFAULT_WAIT, warn)) {
      return delete(plan(config, layout), layout);
    }
  }

  /** What a clean would delete, and the stale temps among it as the finder named them. */
  private record Plan(List<CleanEntry> entries, Map<Path, StaleTemps.Stale> temps) {}

  /** What a clean would delete now, in order: repos, snapshots, safety files, temps. */
  private Plan plan(ConfigFile config, StoreLayout layout) {
    LockFile lock = LockStore.read(config.lockPath()).lock();
    List<ResolvedSkill> skills = new SkillResolver(config, env, lock).resolveAll();
    Set<String> keys = new HashSet<>();
    Set<String> snapshots = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (ResolvedSkill s : skills) {
      ids.add(s.id());
      if (s.location() instanceof RepoLocation.Remote r) {
        keys.add(r.key());
        String ref = s.spec().source().ref();
        if (COMMIT.matcher(ref).matches()) {
          snapshots.add(r.key() + "/" + ref);
        }
      }
    }
    for (LockEntry e : lock.skills()) {
      ids.add(e.id());
      remoteKey(config, e.repo())
          .forEach(
              key -> {
                keys.add(key);
                if (!e.commit().isEmpty()) {
                  snapshots.add(key + "/" + e.commit());
                }
              });
    }
    List<CleanEntry> out = new ArrayList<>();
    for (Path repo : children(layout.reposDir())) {
      String name = repo.getFileName().toString();
      if (!(name.endsWith(".git") && keys.contains(name.substring(0, name.length() - 4)))) {
        out.add(new CleanEntry(CleanEntry.Kind.REPO, repo, TreeSize.of(repo)));
      }
    }
    for (Path keyDir : children(layout.snapshotsDir())) {
      String key = keyDir.getFileName().toString();
      for (Path snap : children(keyDir)) {
        String name = snap.getFileName().toString();
        if (COMMIT.matcher(name).matches() && Files.isDirectory(snap)) {
          if (!snapshots.contains(key + "/" + name)) {
            Path rejected = keyDir.resolve(name + REJECTED);
            out.add(
                new CleanEntry(
                    CleanEntry.Kind.SNAPSHOT, snap, TreeSize.of(snap) + TreeSize.of(rejected)));
          }
        } else if (name.endsWith(REJECTED)
            && !Files.isDirectory(
                keyDir.resolve(name.substring(0, name.length() - REJECTED.length())))) {
          out.add(new CleanEntry(CleanEntry.Kind.SNAPSHOT, snap, TreeSize.of(snap)));
        }
      }
    }
    for (Path file : children(layout.safetyDir())) {
      String name = file.getFileName().toString();
      if (name.endsWith(".toml") && !ids.contains(name.substring(0, name.length() - 5))) {
        out.add(new CleanEntry(CleanEntry.Kind.SAFETY, file, TreeSize.of(file)));
      }
    }
    Map<Path, StaleTemps.Stale> temps = new LinkedHashMap<>();
    for (StaleTemps.Stale stale : new StaleTemps(adapters, layout).find(config, skills, lock)) {
      // only a local entry can be sized from here; a container's is reported without a size
      long bytes =
          stale.environment() instanceof TargetEnvironment.Local ? TreeSize.of(stale.path()) : 0;
      out.add(new CleanEntry(CleanEntry.Kind.TEMP, stale.path(), bytes));
      temps.put(stale.path(), stale);
    }
    return new Plan(out, temps);
  }

  private CleanResult delete(Plan plan, StoreLayout layout) {
    SnapshotStore store = new SnapshotStore(layout);
    StaleTemps temps = new StaleTemps(adapters, layout);
    List<CleanEntry> done = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (CleanEntry e : plan.entries()) {
      try {
        switch (e.kind()) {
          // SnapshotStore.delete handles any read-only store tree (and a snapshot's record)
          case REPO, SNAPSHOT -> store.delete(e.path());
          case SAFETY -> Files.deleteIfExists(e.path());
          case TEMP -> temps.delete(plan.temps().get(e.path()));
        }
        done.add(e);
      } catch (IOException | RuntimeException ex) {
        failures.add("cannot delete " + e.path() + ": " + ex.getMessage());
      }
    }
    for (Path keyDir : children(layout.snapshotsDir())) {
      if (children(keyDir).isEmpty()) {
        try {
          Files.deleteIfExists(keyDir);
        } catch (IOException ex) {
          // an empty directory costs nothing; the next clean tries again
        }
      }
    }
    return new CleanResult(false, done, failures);
  }

  private List<String> remoteKey(ConfigFile config, String repo) {
    try {
      return RepoLocation.parse(repo, env, config.baseDir()) instanceof RepoLocation.Remote r
          ? List.of(r.key())
          : List.of();
    } catch (IllegalArgumentException e) {
      return List.of();
    }
  }

  private static List<Path> children(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
