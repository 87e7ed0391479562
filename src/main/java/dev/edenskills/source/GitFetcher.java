package dev.edenskills.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectIdRef;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.FetchConnection;
import org.eclipse.jgit.transport.PackLock;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * The git half of a Phase A task for one repository: keeps one bare, shallow (depth 1) repository
 * per key in the store, fetches every ref the task needs in one fetch, and resolves each to a
 * commit. A new repository is built under {@code store/tmp} and renamed into place, so a
 * half-written one is never found at {@link StoreLayout#repoDir}.
 */
public final class GitFetcher {
  /** Local namespace for commits fetched by id, so they stay reachable. */
  static final String COMMIT_REFS = "refs/eden/commits/";

  private final StoreLayout layout;
  private final Path home;

  /** {@code home} is where ssh looks for {@code .ssh} (the CLI's home, not {@code user.home}). */
  public GitFetcher(StoreLayout layout, Path home) {
    this.layout = layout;
    this.home = home;
  }

  /** CLONE when the store has no usable repository for {@code key} yet, else FETCH. */
  public SyncStage initialStage(String key) {
    return RepoDirs.isUsable(layout.repoDir(key)) ? SyncStage.FETCH : SyncStage.CLONE;
  }

  /**
   * Fetches {@code refs} (branch names, tag names, full ref names or 40-hex commit ids) from {@code
   * fetchUrl} into the repository for {@code key}.
   *
   * @throws SyncFailure at stage CLONE (new repository) or FETCH, with a one-line detail
   * @throws InterruptedException when the thread is interrupted (timeout of the scope, Ctrl-C)
   */
  public FetchResult fetch(
      String fetchUrl, String key, List<String> refs, SyncProgress ctx, FetchOptions opts)
      throws SyncFailure, InterruptedException {
    List<String> wanted = List.copyOf(new LinkedHashSet<>(refs));
    Path repoDir = layout.repoDir(key);
    boolean exists = RepoDirs.isUsable(repoDir);
    SyncStage stage = exists ? SyncStage.FETCH : SyncStage.CLONE;
    ctx.stage(stage);
    if (exists) {
      return withRetries(repoDir, fetchUrl, wanted, ctx, opts, stage).asCloned(false);
    }
    Path tmp = null;
    try {
      tmp = RepoDirs.createBare(layout.tmpDir(), key);
      FetchResult fetched = withRetries(tmp, fetchUrl, wanted, ctx, opts, stage);
      RepoDirs.moveIntoPlace(tmp, repoDir);
      tmp = null;
      return fetched.asCloned(true);
    } catch (IOException e) {
      throw new SyncFailure(stage, "cannot write the store: " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        RepoDirs.deleteQuietly(tmp);
      }
    }
  }

  /**
   * Fetches, restarting the whole fetch only after a connection cut mid-stream: shed and refused
   * HTTP requests were already retried one by one (see {@link RetryBudget}), so a failure that
   * reaches here with its request's attempts used up is final. Only what git can throw (I/O, JGit's
   * exceptions, timeouts) becomes a {@link SyncFailure}; anything else is a bug and propagates as
   * it is.
   */
  private FetchResult withRetries(
      Path dir, String url, List<String> refs, SyncProgress ctx, FetchOptions opts, SyncStage stage)
      throws SyncFailure, InterruptedException {
    RetryBudget budget = new RetryBudget(opts.retries());
    while (true) {
      try {
        return ScopedValue.where(RetryBudget.CURRENT, budget)
            .call(() -> fetchOnce(dir, url, refs, ctx, opts, stage));
      } catch (SyncFailure e) {
        throw e;
      } catch (IOException | JGitInternalException | UncheckedIOException e) {
        if (Thread.currentThread().isInterrupted() || GitErrors.isInterruption(e)) {
          throw interrupted(url, e);
        }
        GitErrors.Classified c = GitErrors.classify(e, url, opts.timeoutSecs());
        int attempt = budget.fetches();
        if (!RetryPolicy.transientFailure(e) || !budget.restart()) {
          String tries = attempt > 1 ? " (after " + attempt + " attempts)" : "";
          throw new SyncFailure(stage, c.detail() + tries, e);
        }
        ctx.progress("retrying after: " + c.detail(), attempt, opts.retries());
        RetryPolicy.pause(attempt);
      } catch (RuntimeException e) {
        // Not git's: a bug, unless it is how an interrupted JGit call gave up.
        if (Thread.currentThread().isInterrupted() || GitErrors.isInterruption(e)) {
          throw interrupted(url, e);
        }
        throw e;
      } catch (Exception e) {
        // fetchOnce declares only the above; the scoped call widens its type to Exception.
        throw new IllegalStateException("unexpected checked exception from a fetch", e);
      }
    }
  }

  private static InterruptedException interrupted(String url, Exception cause) {
    InterruptedException ie = new InterruptedException("interrupted while fetching " + url);
    ie.initCause(cause);
    return ie;
  }

  private FetchResult fetchOnce(
      Path dir, String url, List<String> refs, SyncProgress ctx, FetchOptions opts, SyncStage stage)
      throws IOException, SyncFailure {
    try (Repository repo = new FileRepositoryBuilder().setGitDir(dir.toFile()).setBare().build()) {
      RepoDirs.disableAutoGc(repo);
      Optional<Map<String, String>> local = RefResolution.resolveLocally(repo, refs);
      if (local.isPresent()) {
        // Every ref is a commit id we already hold: nothing to ask the network.
        return new FetchResult(local.get(), false);
      }
      Map<String, String> localRefs = new LinkedHashMap<>();
      Map<String, String> branches = new LinkedHashMap<>();
      // url.<base>.insteadOf from the user's git config, as git applies it (mirrors, caches).
      String fetchFrom = GitEnvironment.gitConfig().rewrite(url);
      if (refs.stream().allMatch(ObjectId::isId) && DirectCommitFetch.applies(fetchFrom)) {
        // Pinned commits (apply --locked): want them directly, without listing refs first.
        ctx.progress("fetching " + GitErrors.redact(url), 0, 0);
        List<ObjectId> missing =
            DirectCommitFetch.ids(refs).stream().filter(id -> !hasObject(repo, id)).toList();
        if (!missing.isEmpty()
            && DirectCommitFetch.fetch(
                    repo,
                    fetchFrom,
                    missing,
                    opts.timeoutSecs(),
                    githubToken(fetchFrom, opts.env()))
                == DirectCommitFetch.Outcome.FETCHED) {
          Map<String, String> byId = new LinkedHashMap<>();
          refs.forEach(ref -> byId.put(ref, COMMIT_REFS + ref));
          return new FetchResult(RefResolution.resolve(repo, byId, url, stage), false);
        }
      }
      try (Transport transport = Transport.open(repo, parse(fetchFrom, stage))) {
        configure(transport, fetchFrom, opts);
        // One connection for the ref listing and the pack, like `git clone`: with smart HTTP each
        // extra connection is another round trip or two (info/refs, ls-refs).
        try (FetchConnection conn =
            transport.openFetch(List.of(), RefResolution.patterns(refs).toArray(String[]::new))) {
          Map<String, Ref> advertised = conn.getRefsMap();
          Map<ObjectId, Ref> wants = new LinkedHashMap<>();
          Map<String, ObjectId> updates = new LinkedHashMap<>();
          for (String ref : refs) {
            Ref source;
            String target;
            if (ObjectId.isId(ref)) {
              ObjectId id = ObjectId.fromString(ref);
              source = new ObjectIdRef.Unpeeled(Ref.Storage.NETWORK, ref, id);
              target = COMMIT_REFS + ref;
            } else {
              String name =
                  RefResolution.pick(advertised, ref)
                      .orElseThrow(() -> RefResolution.refNotFound(stage, ref, url));
              source = advertised.get(name);
              RefResolution.symrefBranch(source).ifPresent(b -> branches.put(ref, b));
              target = name.equals("HEAD") ? "refs/eden/HEAD" : name;
            }
            localRefs.put(ref, target);
            updates.put(target, source.getObjectId());
            if (!repo.getObjectDatabase().has(source.getObjectId())) {
              wants.putIfAbsent(source.getObjectId(), source);
            }
          }
          if (!wants.isEmpty()) {
            ctx.progress("fetching " + GitErrors.redact(url), 0, 0);
            conn.setPackLockMessage("eden-skills fetch");
            try {
              conn.fetch(new JGitProgress(ctx), wants.values(), Set.of());
            } finally {
              for (PackLock lock : conn.getPackLocks()) {
                lock.unlock();
              }
            }
          }
          updateRefs(repo, updates);
        }
      }
      return new FetchResult(RefResolution.resolve(repo, localRefs, url, stage), branches, false);
    }
  }

  private static boolean hasObject(Repository repo, ObjectId id) {
    try {
      return repo.getObjectDatabase().has(id);
    } catch (IOException e) {
      return false;
    }
  }

  /** Points each local ref at what was fetched (forced: refs follow the remote). */
  private static void updateRefs(Repository repo, Map<String, ObjectId> updates)
      throws IOException {
    try (RevWalk walk = new RevWalk(repo)) {
      for (Map.Entry<String, ObjectId> e : updates.entrySet()) {
        RefUpdate update = repo.updateRef(e.getKey());
        update.setNewObjectId(e.getValue());
        update.setForceUpdate(true);
        RefUpdate.Result result = update.update(walk);
        switch (result) {
          case NEW, FORCED, FAST_FORWARD, NO_CHANGE -> {}
          default -> throw new IOException("cannot update " + e.getKey() + ": " + result);
        }
      }
    }
  }

  private void configure(Transport transport, String url, FetchOptions opts) {
    transport.setTimeout(opts.timeoutSecs());
    transport.setDepth(1);
    transport.setTagOpt(TagOpt.NO_TAGS);
    transport.setRemoveDeletedRefs(false);
    if (transport instanceof SshTransport ssh) {
      ssh.setSshSessionFactory(GitEnvironment.sshSessionFactory(home));
    }
    githubToken(url, opts.env())
        .ifPresent(
            token ->
                transport.setCredentialsProvider(
                    new UsernamePasswordCredentialsProvider("x-access-token", token)));
  }

  /**
   * {@code GITHUB_TOKEN} or {@code GH_TOKEN}, for https://github.com only (never leaked to others).
   */
  static Optional<String> githubToken(String url, Map<String, String> env) {
    URIish uri;
    try {
      uri = new URIish(url);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    if (!"https".equals(uri.getScheme()) || !"github.com".equalsIgnoreCase(uri.getHost())) {
      return Optional.empty();
    }
    for (String name : List.of("GITHUB_TOKEN", "GH_TOKEN")) {
      String value = env.get(name);
      if (value != null && !value.isBlank()) {
        return Optional.of(value.strip());
      }
    }
    return Optional.empty();
  }

  private static URIish parse(String url, SyncStage stage) throws SyncFailure {
    try {
      return new URIish(url);
    } catch (URISyntaxException e) {
      throw new SyncFailure(stage, "invalid repository URL " + GitErrors.redact(url), e);
    }
  }
}
