package dev.edenskills.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
  private final Set<Process> processes = ConcurrentHashMap.newKeySet();

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
    processes.forEach(Process::destroyForcibly);
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
    // its answer and starts the next request must not find this one still counted.
    java.util.concurrent.atomic.AtomicBoolean released =
        new java.util.concurrent.atomic.AtomicBoolean();
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
      runBackend(ex, path, cut, release);
    } catch (Cut e) {
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

  private void runBackend(HttpExchange ex, String path, long cut, Runnable release)
      throws IOException {
    ProcessBuilder pb = new ProcessBuilder(List.of("git", "http-backend"));
    pb.environment().clear();
    pb.environment().putAll(cgiEnv(ex, path));
    pb.redirectError(ProcessBuilder.Redirect.appendTo(home.resolve("http-backend.log").toFile()));
    Process p = pb.start();
    processes.add(p);
    try {
      Thread feeder =
          Thread.ofVirtual()
              .start(
                  () -> {
                    try (InputStream in = ex.getRequestBody();
                        OutputStream out = p.getOutputStream()) {
                      in.transferTo(out);
                    } catch (IOException e) {
                      // the backend quit early; its answer says why
                    }
                  });
      InputStream out = p.getInputStream();
      int status = 200;
      for (String line; !(line = readLine(out)).isEmpty(); ) {
        int colon = line.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String name = line.substring(0, colon).trim();
        String value = line.substring(colon + 1).trim();
        if (name.equalsIgnoreCase("Status")) {
          status = Integer.parseInt(value.split(" ")[0]);
        } else if (!name.equalsIgnoreCase("Content-Length")) {
          ex.getResponseHeaders().add(name, value);
        }
      }
      ex.sendResponseHeaders(status, ex.getRequestMethod().equals("HEAD") ? -1 : 0);
      try (OutputStream body = new Throttled(ex.getResponseBody(), bytesPerSecond, cut)) {
        out.transferTo(body);
        release.run();
      }
      feeder.join();
      p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      p.destroyForcibly();
      processes.remove(p);
    }
  }

  private Map<String, String> cgiEnv(HttpExchange ex, String path) {
    Map<String, String> env = new ConcurrentHashMap<>();
    env.put("PATH", Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin"));
    env.put("HOME", home.toString());
    env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    // Tests run as root in CI: repositories owned by another uid would be "dubious".
    List<String[]> config = new ArrayList<>();
    config.add(new String[] {"safe.directory", "*"});
    config.add(new String[] {"uploadpack.allowAnySHA1InWant", "true"});
    env.put("GIT_CONFIG_COUNT", Integer.toString(config.size()));
    for (int i = 0; i < config.size(); i++) {
      env.put("GIT_CONFIG_KEY_" + i, config.get(i)[0]);
      env.put("GIT_CONFIG_VALUE_" + i, config.get(i)[1]);
    }
    env.put("GIT_PROJECT_ROOT", root.toString());
    env.put("GIT_HTTP_EXPORT_ALL", "1");
    env.put("GATEWAY_INTERFACE", "CGI/1.1");
    env.put("SERVER_PROTOCOL", "HTTP/1.1");
    env.put("REMOTE_ADDR", "127.0.0.1");
    env.put("REQUEST_METHOD", ex.getRequestMethod());
    env.put("PATH_INFO", path);
    String query = ex.getRequestURI().getRawQuery();
    env.put("QUERY_STRING", query == null ? "" : query);
    header(ex, "Content-Type").ifPresent(v -> env.put("CONTENT_TYPE", v));
    header(ex, "Content-Length").ifPresent(v -> env.put("CONTENT_LENGTH", v));
    header(ex, "Content-Encoding").ifPresent(v -> env.put("HTTP_CONTENT_ENCODING", v));
    header(ex, "Git-Protocol").ifPresent(v -> env.put("GIT_PROTOCOL", v));
    return env;
  }

  private static Optional<String> header(HttpExchange ex, String name) {
    return Optional.ofNullable(ex.getRequestHeaders().getFirst(name));
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b; (b = in.read()) != -1 && b != '\n'; ) {
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.UTF_8);
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

  /** The injected cut: escapes the handler so HttpServer drops the socket mid-body. */
  private static final class Cut extends IOException {
    private static final long serialVersionUID = 1L;

    Cut(long bytes) {
      super("injected connection cut after " + bytes + " bytes");
    }
  }

  /** Caps throughput and, when {@code cut >= 0}, kills the connection after that many bytes. */
  private final class Throttled extends FilterOutputStream {
    private final long bps;
    private final long cut;
    private final long start = System.nanoTime();
    private long written;
    private boolean cutDone;

    Throttled(OutputStream out, long bps, long cut) {
      super(out);
      this.bps = bps;
      this.cut = cut;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      int step = bps > 0 ? (int) Math.max(1, Math.min(len, bps / 20)) : len;
      for (int done = 0; done < len; ) {
        int n = Math.min(step, len - done);
        if (cut >= 0 && written + n > cut) {
          out.write(b, off + done, (int) (cut - written));
          out.flush();
          // Throwing out of the handler makes HttpServer drop the socket without the final chunk.
          cutDone = true;
          throw new Cut(cut);
        }
        out.write(b, off + done, n);
        done += n;
        written += n;
        pace();
      }
    }

    @Override
    public void close() throws IOException {
      if (!cutDone) {
        super.close();
      }
    }

    private void pace() throws IOException {
      if (bps <= 0) {
        return;
      }
      long dueNanos = written * 1_000_000_000L / bps;
      long sleepMs = (dueNanos - (System.nanoTime() - start)) / 1_000_000L;
      if (sleepMs > 0) {
        out.flush();
        if (awaitClose(sleepMs)) {
          throw new IOException("server closed");
        }
      }
    }
  }
}
