package dev.edenskills.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.edenskills.common.Env;
import dev.edenskills.testing.GitHttpServer;
import dev.edenskills.testing.TestRepos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Network trouble: what is retried, what is not, and what is left behind (nothing). */
@Timeout(120)
class GitFetcherFaultsTest {
  @TempDir Path tmp;
  Path home;
  GitHttpServer http;
  StoreLayout store;
  GitFetcher fetcher;
  TestRepos.Repo repo;
  String head;
  RecordingContext ctx = new RecordingContext();

  @BeforeEach
  void setUp() {
    home = tmp.resolve("home");
    GitEnvironment.install(Env.of(Map.of("HOME", home.toString()), tmp, Clock.systemUTC(), false));
    Path root = tmp.resolve("srv");
    repo = TestRepos.create(root, "acme/skills");
    byte[] noise = new byte[300_000];
    new Random(7).nextBytes(noise);
    head = repo.skill("skills/pdf", "pdf", "Reads PDFs").file("blob.bin", noise).commit("first");
    http = GitHttpServer.start(root);
    store = new StoreLayout(tmp.resolve("store"));
    fetcher = new GitFetcher(store, home);
  }

  @AfterEach
  void tearDown() {
    http.close();
  }

  @Test
  void aMissingRepositoryIsNotRetried() {
    FetchOptions opts = new FetchOptions(30, 3, Map.of());
    assertThatThrownBy(() -> fetcher.fetch(http.url("acme/ghost"), "k", List.of("main"), ctx, opts))
        .isInstanceOfSatisfying(
            SyncFailure.class,
            e -> {
              assertThat(e.stage()).isEqualTo(SyncStage.CLONE);
              assertThat(e.detail()).isEqualTo("repository not found at " + http.url("acme/ghost"));
            });
    // one ref advertisement is all it takes to know; a retry would ask again
    assertThat(http.requests("acme/ghost")).isEqualTo(1);
    assertNothingLeft();
  }

  @Test
  void serverErrorsAreRetriedUntilTheFetchSucceeds() throws Exception {
    http.failNext(2);
    FetchResult r =
        fetcher.fetch(
            http.url("acme/skills"), "k", List.of("main"), ctx, new FetchOptions(30, 2, Map.of()));
    assertThat(r.commit("main")).isEqualTo(head);
    // The two shed requests were retried on their own (RetryingHttp), not the whole fetch.
    assertThat(ctx.progress).noneMatch(p -> p.startsWith("retrying after"));
  }

  @Test
  void serverErrorsBeyondTheRetriesFailWithTheStatus() {
    http.failRate(1.0, 42);
    assertThatThrownBy(
            () ->
                fetcher.fetch(
                    http.url("acme/skills"),
                    "k",
                    List.of("main"),
                    ctx,
                    new FetchOptions(30, 1, Map.of())))
        .isInstanceOfSatisfying(
            SyncFailure.class,
            e -> assertThat(e.detail()).contains("server error").contains("503"));
    // One retry of the shed request, and no second fetch on top: retries + 1 attempts in all.
    assertThat(http.requests()).isEqualTo(2);
    assertNothingLeft();
  }

  @Test
  void aRepositoryAlwaysAnswering503GetsAtMostRetriesPlusOneAttemptsPerRequestPath() {
    http.unavailable("acme/skills");
    int retries = 3;
    assertThatThrownBy(
            () ->
                fetcher.fetch(
                    http.url("acme/skills"),
                    "k",
                    List.of("main"),
                    ctx,
                    new FetchOptions(30, retries, Map.of())))
        .isInstanceOfSatisfying(SyncFailure.class, e -> assertThat(e.detail()).contains("503"));
    // Before one retry layer: (retries + 1)² = 16 requests for the ref advertisement.
    assertThat(http.requestsByPath())
        .isNotEmpty()
        .allSatisfy((path, n) -> assertThat(n).as(path).isEqualTo(retries + 1));
    assertThat(ctx.progress).noneMatch(p -> p.startsWith("retrying after"));
  }

  @Test
  void aConnectionCutMidPackFailsCloneAndLeavesNothing() {
    http.cutAfter("acme/skills", 50_000);
    assertThatThrownBy(
            () ->
                fetcher.fetch(
                    http.url("acme/skills"),
                    "k",
                    List.of("main"),
                    ctx,
                    new FetchOptions(30, 1, Map.of())))
        .isInstanceOfSatisfying(
            SyncFailure.class,
            e -> {
              assertThat(e.stage()).isEqualTo(SyncStage.CLONE);
              assertThat(e.detail()).startsWith("connection reset while receiving pack from ");
            });
    // A cut mid-stream restarts the fetch (the one request that was cut cannot be replayed), once
    // with retries = 1: the ref advertisement is asked for twice, never more.
    assertThat(ctx.progress).filteredOn(p -> p.startsWith("retrying after")).hasSize(1);
    assertThat(http.requestsByPath())
        .containsEntry("/acme/skills.git/info/refs", 2)
        .allSatisfy((path, n) -> assertThat(n).as(path).isLessThanOrEqualTo(4));
    assertNothingLeft();
  }

  @Test
  void aConnectionCutDuringAnUpdateFailsFetchAndKeepsTheRepository() throws Exception {
    fetcher.fetch(http.url("acme/skills"), "k", List.of("main"), ctx, FetchOptions.defaults());
    byte[] more = new byte[300_000];
    new Random(8).nextBytes(more);
    repo.file("more.bin", more).commit("second");
    http.cutAfter("acme/skills", 50_000);
    assertThatThrownBy(
            () ->
                fetcher.fetch(
                    http.url("acme/skills"),
                    "k",
                    List.of("main"),
                    ctx,
                    new FetchOptions(30, 0, Map.of())))
        .isInstanceOfSatisfying(
            SyncFailure.class,
            e -> {
              assertThat(e.stage()).isEqualTo(SyncStage.FETCH);
              assertThat(e.detail()).startsWith("connection reset while receiving pack from ");
            });
    http.clearFaults();
    FetchResult r =
        fetcher.fetch(http.url("acme/skills"), "k", List.of("main"), ctx, FetchOptions.defaults());
    assertThat(r.commit("main")).isEqualTo(repo.head());
    assertThat(r.cloned()).isFalse();
  }

  @Test
  void aHangingServerFailsWithinTheTimeout() {
    http.hang("acme/skills");
    long start = System.nanoTime();
    assertThatThrownBy(
            () ->
                fetcher.fetch(
                    http.url("acme/skills"),
                    "k",
                    List.of("main"),
                    ctx,
                    new FetchOptions(1, 1, Map.of())))
        .isInstanceOfSatisfying(
            SyncFailure.class,
            e -> assertThat(e.detail()).startsWith("timed out after 1s talking to "));
    // two attempts of 1 s plus backoff; the bound is a generous safety net, not a measurement
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    assertNothingLeft();
  }

  @Test
  void interruptingTheFetchingThreadStopsIt() throws Exception {
    http.hang("acme/skills");
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    CompletableFuture<Void> done = new CompletableFuture<>();
    Thread t =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    fetcher.fetch(
                        http.url("acme/skills"),
                        "k",
                        List.of("main"),
                        ctx,
                        new FetchOptions(0, 2, Map.of()));
                  } catch (Throwable e) {
                    thrown.set(e);
                  } finally {
                    done.complete(null);
                  }
                });
    while (http.inFlight() == 0) {
      Thread.sleep(10);
    }
    t.interrupt();
    done.get(20, TimeUnit.SECONDS);
    assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
    assertNothingLeft();
  }

  @Test
  void aFetchLeavesNoFilesInAFreshHome() throws Exception {
    Files.createDirectories(home);
    fetcher.fetch(http.url("acme/skills"), "k", List.of("main"), ctx, FetchOptions.defaults());
    try (Stream<Path> files = Files.walk(home)) {
      assertThat(files).containsExactly(home);
    }
  }

  private void assertNothingLeft() {
    assertThat(store.repoDir("k")).doesNotExist();
    if (Files.exists(store.tmpDir())) {
      try (Stream<Path> left = Files.list(store.tmpDir())) {
        assertThat(left).isEmpty();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
