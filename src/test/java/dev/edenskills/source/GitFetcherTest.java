package dev.edenskills.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.edenskills.common.Env;
import dev.edenskills.testing.GitDaemonServer;
import dev.edenskills.testing.GitHttpServer;
import dev.edenskills.testing.TestRepos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Fetching over smart HTTP, git:// and file:// into the store: clone, update, every ref kind. */
@Timeout(120)
class GitFetcherTest {
  static Path serverRoot;
  static GitHttpServer http;
  static GitDaemonServer daemon;

  @TempDir Path tmp;
  StoreLayout store;
  GitFetcher fetcher;
  TestRepos.Repo repo;
  String first;
  RecordingContext ctx = new RecordingContext();

  @BeforeAll
  static void servers() throws Exception {
    serverRoot = Files.createTempDirectory("git-fetcher-srv-");
    http = GitHttpServer.start(serverRoot);
    daemon = GitDaemonServer.start(serverRoot);
  }

  @AfterAll
  static void stop() {
    http.close();
    daemon.close();
  }

  @BeforeEach
  void setUp() {
    Path home = tmp.resolve("home");
    GitEnvironment.install(Env.of(Map.of("HOME", home.toString()), tmp, Clock.systemUTC(), false));
    store = new StoreLayout(tmp.resolve("store"));
    fetcher = new GitFetcher(store, home);
    String name = "acme/" + tmp.getFileName();
    repo = TestRepos.create(serverRoot, name);
    first = repo.skill("skills/pdf", "pdf", "Reads PDFs").commit("first");
  }

  static Stream<Arguments> transports() {
    Function<TestRepos.Repo, String> h = r -> http.url(r.name());
    Function<TestRepos.Repo, String> g = r -> daemon.url(r.name());
    Function<TestRepos.Repo, String> f = TestRepos.Repo::fileUrl;
    return Stream.of(Arguments.of("http", h), Arguments.of("git", g), Arguments.of("file", f));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transports")
  void clonesThenUpdatesWithANewCommit(String kind, Function<TestRepos.Repo, String> url)
      throws Exception {
    FetchResult cloned = fetcher.fetch(url.apply(repo), "k", List.of("main"), ctx, opts());
    assertThat(cloned.cloned()).isTrue();
    assertThat(cloned.commit("main")).isEqualTo(first);
    assertThat(ctx.stages).containsExactly(SyncStage.CLONE);
    assertShallow(store.repoDir("k"));

    String second = repo.file("skills/pdf/more.md", "more").commit("second");
    FetchResult updated = fetcher.fetch(url.apply(repo), "k", List.of("main"), ctx, opts());
    assertThat(updated.cloned()).isFalse();
    assertThat(updated.commit("main")).isEqualTo(second);
    assertThat(ctx.stages).containsExactly(SyncStage.CLONE, SyncStage.FETCH);
    assertThat(Files.list(store.tmpDir())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transports")
  void resolvesBranchesTagsAnnotatedTagsAndCommitIds(
      String kind, Function<TestRepos.Repo, String> url) throws Exception {
    repo.tag("v1", first);
    String second = repo.file("b.txt", "b").commit("second");
    repo.annotatedTag("v2", second);
    String third = repo.onBranch("dev").file("c.txt", "c").commit("third");
    String fourth = repo.onBranch("main").file("d.txt", "d").commit("fourth");

    FetchResult r =
        fetcher.fetch(
            url.apply(repo), "k", List.of("main", "dev", "v1", "v2", second), ctx, opts());

    assertThat(r.commits())
        .containsExactly(
            Map.entry("main", fourth),
            Map.entry("dev", third),
            Map.entry("v1", first),
            Map.entry("v2", second),
            Map.entry(second, second));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transports")
  void aMissingRefFailsNamingTheRef(String kind, Function<TestRepos.Repo, String> url) {
    assertThatThrownBy(() -> fetcher.fetch(url.apply(repo), "k", List.of("v9"), ctx, opts()))
        .isInstanceOfSatisfying(
            SyncFailure.class,
            e -> {
              assertThat(e.stage()).isEqualTo(SyncStage.CLONE);
              assertThat(e.detail()).startsWith("ref 'v9' not found at ");
            });
    assertThat(store.repoDir("k")).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transports")
  void aMissingRepositoryIsReportedAsNotFound(String kind, Function<TestRepos.Repo, String> url) {
    TestRepos.Repo ghost = TestRepos.create(tmp.resolve("nowhere"), "acme/ghost");
    String ghostUrl =
        kind.equals("file") ? ghost.fileUrl().replace("ghost", "none") : url.apply(ghost);
    assertThatThrownBy(() -> fetcher.fetch(ghostUrl, "k", List.of("main"), ctx, opts()))
        .isInstanceOfSatisfying(
            SyncFailure.class, e -> assertThat(e.detail()).startsWith("repository not found at "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transports")
  void anUnknownCommitIdFails(String kind, Function<TestRepos.Repo, String> url) {
    String unknown = "0123456789abcdef0123456789abcdef01234567";
    assertThatThrownBy(() -> fetcher.fetch(url.apply(repo), "k", List.of(unknown), ctx, opts()))
        .isInstanceOf(SyncFailure.class);
    assertThat(store.repoDir("k")).doesNotExist();
  }

  private static FetchOptions opts() {
    return new FetchOptions(30, 0, Map.of());
  }

  private static void assertShallow(Path dir) throws Exception {
    assertThat(dir.resolve("shallow")).exists();
    try (Repository r = new FileRepositoryBuilder().setGitDir(dir.toFile()).setBare().build()) {
      assertThat(r.isBare()).isTrue();
    }
  }
}
