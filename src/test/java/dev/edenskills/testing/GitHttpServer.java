package dev.edenskills.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A smart-HTTP git server on 127.0.0.1 for tests: the JDK's HttpServer fronting {@code git
 * http-backend} (a fixed argv, never user strings) over the repositories under one root (see {@link
 * TestRepos}). Counts requests and concurrency, and injects faults: latency, random 503s, a
 * connection cut mid-pack, a hang, a bandwidth cap.
 */
public final class GitHttpServer implements AutoCloseable {
  private final Path root;
  private final Path home;
  private final HttpServer server;
  private final ExecutorService executor;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final CgiGitBackend backend;

  private final AtomicInteger requests = new AtomicInteger();
  private final Map<String, AtomicInteger> perRepo = new ConcurrentHashMap<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();

  private volatile long latencyMs;
  private volatile double failFraction;
  private volatile Random failRandom = new Random(0);
  private final AtomicInteger failNext = new AtomicInteger();
  private final Map<String, Long> cutAfter = new ConcurrentHashMap<>();
  private final Set<String> hanging = ConcurrentHashMap.newKeySet();
  private volatile long bytesPerSecond;

  private GitHttpServer(Path root) throws IOException {
    this.root = root.toAbsolutePath();
    this.home = Files.createTempDirectory("git-http-home-");
    this.backend = new CgiGitBackend(this.root, home, closed);
    this.executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "git-http-server");
              t.setDaemon(true);
              return t;
            });
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** Serves every repository under {@code root}. */
  public static GitHttpServer start(Path root) {
    try {
      return new GitHttpServer(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://127.0.0.1:<port>} */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  /**
   * The clone URL of repository {@code name} ({@code acme/skills} → {@code .../acme/skills.git}).
   */
  public String url(String name) {
    return baseUrl() + "/" + (name.endsWith(".git") ? name : name + ".git");
  }

  // ---- instrumentation

  /** Requests received since start or the last {@link #reset()}. */
  public int requests() {
    return requests.get();
  }

  /** Requests for repository {@code name} (as passed to {@link #url}). */
  public int requests(String name) {
    AtomicInteger n = perRepo.get(stripGit(name));
    return n == null ? 0 : n.get();
  }

  /** Requests being handled right now. */
  public int inFlight() {
    return inFlight.get();
  }

  /** The most requests handled at the same time since start or the last reset. */
  public int maxInFlight() {
    return maxInFlight.get();
  }

  /** Zeroes the counters (faults stay). */
  public void reset() {
    requests.set(0);
    perRepo.clear();
    maxInFlight.set(inFlight.get());
  }

  // ---- fault injection

  /** Waits {@code ms} before answering each request. */
  public GitHttpServer latency(long ms) {
    this.latencyMs = ms;
    return this;
  }

  /** Answers a {@code fraction} of requests with 503, drawn from a random of {@code seed}. */
  public GitHttpServer failRate(double fraction, long seed) {
    this.failRandom = new Random(seed);
    this.failFraction = fraction;
    return this;
  }

  /** Answers the next {@code n} requests with 503. */
  public GitHttpServer failNext(int n) {
    failNext.set(n);
    return this;
  }

  /** Cuts the connection after {@code bytes} bytes of any upload-pack response for {@code repo}. */
  public GitHttpServer cutAfter(String repo, long bytes) {
    cutAfter.put(stripGit(repo), bytes);
    return this;
  }

  /** Never answers requests for {@code repo} (until the server closes). */
  public GitHttpServer hang(String repo) {
    hanging.add(stripGit(repo));
    return this;
  }

  /** Caps each response at {@code bytesPerSecond} (0 = unlimited). */
  public GitHttpServer bandwidth(long bytesPerSecond) {
    this.bytesPerSecond = bytesPerSecond;
    return this;
  }

  /** Speaks only protocol v0, like a server (or proxy) that drops the Git-Protocol header. */
  public GitHttpServer protocolV0() {
    backend.v0Only(true);
    return this;
  }

  /** Removes every fault. */
  public GitHttpServer clearFaults() {
    latencyMs = 0;
    failFraction = 0;
    failNext.set(0);
    cutAfter.clear();
    hanging.clear();
    bytesPerSecond = 0;
    return this;
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    backend.destroyAll();
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(home)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: a temp dir
    }
  }

  // ---- request handling

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String repo = repoOf(path);
    requests.incrementAndGet();
    perRepo.computeIfAbsent(repo, k -> new AtomicInteger()).incrementAndGet();
    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    // Released just before the response's last byte can reach the client: a client that has
    // its answer and starts its next request must not find this one still counted.
    AtomicBoolean released = new AtomicBoolean();
    Runnable release =
        () -> {
          if (released.compareAndSet(false, true)) {
            inFlight.decrementAndGet();
          }
        };
    boolean cutDone = false;
    try {
      if (hanging.contains(repo)) {
        awaitClose(Long.MAX_VALUE);
        return;
      }
      if (latencyMs > 0 && awaitClose(latencyMs)) {
        return;
      }
      if (shouldFail()) {
        ex.sendResponseHeaders(503, -1);
        return;
      }
      boolean pack = path.endsWith("/git-upload-pack");
      long cut = pack ? cutAfter.getOrDefault(repo, -1L) : -1L;
      backend.run(ex, path, cut, bytesPerSecond, release);
    } catch (CgiGitBackend.Cut e) {
      cutDone = true;
      throw e;
    } finally {
      release.run();
      if (!cutDone) {
        ex.close();
      }
    }
  }

  private boolean shouldFail() {
    if (failNext.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
      return true;
    }
    if (failFraction <= 0) {
      return false;
    }
    synchronized (this) {
      return failRandom.nextDouble() < failFraction;
    }
  }

  /** Sleeps up to {@code ms}; true when the server closed meanwhile. */
  private boolean awaitClose(long ms) {
    try {
      return closed.await(ms, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  /** {@code /acme/skills.git/info/refs} → {@code acme/skills}. */
  static String repoOf(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    int i = p.indexOf(".git/");
    if (i >= 0) {
      return p.substring(0, i);
    }
    return stripGit(p);
  }

  private static String stripGit(String name) {
    return name.endsWith(".git") ? name.substring(0, name.length() - 4) : name;
  }
}
