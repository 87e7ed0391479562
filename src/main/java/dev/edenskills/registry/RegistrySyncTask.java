package dev.edenskills.registry;

import dev.edenskills.common.SafeDelete;
import dev.edenskills.config.RegistryConfig;
import dev.edenskills.source.FetchOptions;
import dev.edenskills.source.FetchResult;
import dev.edenskills.source.GitFetcher;
import dev.edenskills.source.RepoLocation;
import dev.edenskills.source.StoreLayout;
import dev.edenskills.source.SyncFailure;
import dev.edenskills.source.SyncProgress;
import dev.edenskills.source.SyncStage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Phase A work for one registry: a shallow fetch of its default branch into the store's bare
 * repository for that URL (the same fetcher as skill sources), then its tree written under {@code
 * store/tmp} and swapped into {@code <store>/registries/<name>/}. Returns the synced commit. {@code
 * apply.RegistrySync} runs it as a Phase A task.
 */
public final class RegistrySyncTask {
  private static final String DEFAULT_BRANCH = "HEAD";

  private final RegistryConfig registry;
  private final RepoLocation.Remote location;
  private final StoreLayout layout;
  private final GitFetcher fetcher;
  private final FetchOptions options;
  private final RegistryCache cache;
  private final Clock clock;

  public RegistrySyncTask(
      RegistryConfig registry,
      RepoLocation.Remote location,
      StoreLayout layout,
      GitFetcher fetcher,
      FetchOptions options,
      Clock clock) {
    this.registry = registry;
    this.location = location;
    this.layout = layout;
    this.fetcher = fetcher;
    this.options = options;
    this.cache = RegistryCache.in(layout.root());
    this.clock = clock;
  }

  public String name() {
    return "registry " + registry.name() + " (" + location.display() + ")";
  }

  public SyncStage initialStage() {
    return fetcher.initialStage(location.key());
  }

  public String run(SyncProgress progress) throws SyncFailure, InterruptedException {
    FetchResult fetched =
        fetcher.fetch(
            location.fetchUrl(), location.key(), List.of(DEFAULT_BRANCH), progress, options);
    String commit = fetched.commits().get(DEFAULT_BRANCH);
    progress.stage(SyncStage.MATERIALIZE);
    Path tmp = null;
    try {
      Files.createDirectories(layout.tmpDir());
      tmp = Files.createTempDirectory(layout.tmpDir(), "registry-" + registry.name() + "-");
      RegistryTree.export(layout.repoDir(location.key()), commit, tmp);
      cache.replace(
          registry.name(),
          tmp,
          new RegistryCache.Synced(location.display(), commit, clock.instant()));
      tmp = null;
    } catch (IOException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedException("interrupted while writing registry " + registry.name());
      }
      throw new SyncFailure(
          SyncStage.MATERIALIZE,
          "cannot write registry " + registry.name() + ": " + e.getMessage(),
          e);
    } finally {
      if (tmp != null) {
        SafeDelete.quietly(tmp);
      }
    }
    return commit;
  }
}
