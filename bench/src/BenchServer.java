import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * The benchmark's git server: smart HTTP on 127.0.0.1, the JDK's HttpServer fronting {@code git
 * http-backend} (fixed argv). Every request waits {@code latencyMs} before it is answered (a
 * stand-in for a network round trip); each response body is optionally paced to {@code
 * bytesPerSecond} (HTTP/1.1 answers one request at a time per connection, so this caps each
 * connection). Counts requests, upload-pack fetch commands and body bytes.
 */
final class BenchServer implements AutoCloseable {
  private final Path root;
  private final Path home;
  private final HttpServer server;
  private final ExecutorService executor;
  private volatile long latencyMs;
  private volatile long bytesPerSecond;
  private volatile boolean closing;

  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger fetches = new AtomicInteger();
  private final AtomicLong bytesSent = new AtomicLong();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private final Map<String, AtomicInteger> fetchesPerRepo = new ConcurrentHashMap<>();

  BenchServer(Path root, Path home, long latencyMs) throws IOException {
    this.root = root;
    this.home = home;
    this.latencyMs = latencyMs;
    this.executor = Executors.newCachedThreadPool();
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  String url(String repo) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + repo + ".git";
  }

  void latency(long ms) {
    latencyMs = ms;
  }

  long latency() {
    return latencyMs;
  }

  void bandwidth(long bps) {
    bytesPerSecond = bps;
  }

  /** A snapshot of the counters; {@link #reset} zeroes them. */
  record Counters(int requests, int fetches, long bytes, int maxInFlight, int reposFetched) {}

  Counters counters() {
    return new Counters(
        requests.get(), fetches.get(), bytesSent.get(), maxInFlight.get(), fetchesPerRepo.size());
  }

  void reset() {
    requests.set(0);
    fetches.set(0);
    bytesSent.set(0);
    maxInFlight.set(0);
    fetchesPerRepo.clear();
  }

  @Override
  public void close() {
    closing = true;
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      requests.incrementAndGet();
      String path = ex.getRequestURI().getPath();
      byte[] body = ex.getRequestBody().readAllBytes();
      if (path.endsWith("/git-upload-pack") && isFetch(ex, body)) {
        fetches.incrementAndGet();
        fetchesPerRepo.computeIfAbsent(repoOf(path), k -> new AtomicInteger()).incrementAndGet();
      }
      if (latencyMs > 0) {
        Thread.sleep(latencyMs);
      }
      backend(ex, path, body);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      inFlight.decrementAndGet();
      ex.close();
    }
  }

  /** Protocol v2 names its command; a v0 POST to upload-pack is always a fetch. */
  private static boolean isFetch(HttpExchange ex, byte[] body) {
    byte[] plain = body;
    if ("gzip".equalsIgnoreCase(ex.getRequestHeaders().getFirst("Content-Encoding"))) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
        plain = in.readAllBytes();
      } catch (IOException e) {
        return true;
      }
    }
    String text = new String(plain, StandardCharsets.ISO_8859_1);
    return text.contains("command=fetch") || !text.contains("command=");
  }

  private static String repoOf(String path) {
    int i = path.indexOf(".git/");
    return i < 0 ? path : path.substring(1, i);
  }

  private void backend(HttpExchange ex, String path, byte[] body)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder("git", "http-backend");
    Map<String, String> env = pb.environment();
    env.clear();
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("HOME", home.toString());
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_CONFIG_COUNT", "2");
    env.put("GIT_CONFIG_KEY_0", "safe.directory");
    env.put("GIT_CONFIG_VALUE_0", "*");
    env.put("GIT_CONFIG_KEY_1", "uploadpack.allowAnySHA1InWant");
    env.put("GIT_CONFIG_VALUE_1", "true");
    env.put("GIT_PROJECT_ROOT", root.toString());
    env.put("GIT_HTTP_EXPORT_ALL", "1");
    env.put("GATEWAY_INTERFACE", "CGI/1.1");
    env.put("SERVER_PROTOCOL", "HTTP/1.1");
    env.put("REMOTE_ADDR", "127.0.0.1");
    env.put("REQUEST_METHOD", ex.getRequestMethod());
    env.put("PATH_INFO", path);
    String query = ex.getRequestURI().getRawQuery();
    env.put("QUERY_STRING", query == null ? "" : query);
    env.put("CONTENT_LENGTH", Integer.toString(body.length));
    copyHeader(ex, "Content-Type", env, "CONTENT_TYPE");
    copyHeader(ex, "Content-Encoding", env, "HTTP_CONTENT_ENCODING");
    copyHeader(ex, "Git-Protocol", env, "GIT_PROTOCOL");
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    try {
      Thread.ofVirtual()
          .start(
              () -> {
                try (OutputStream in = p.getOutputStream()) {
                  in.write(body);
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
      ex.sendResponseHeaders(status, 0);
      try (OutputStream response = ex.getResponseBody()) {
        pump(out, response);
      }
      p.waitFor();
    } finally {
      p.destroyForcibly();
    }
  }

  /** Copies the body, pacing it to the bandwidth cap in 20 ms slices. */
  private void pump(InputStream in, OutputStream out) throws IOException, InterruptedException {
    long bps = bytesPerSecond;
    byte[] buf = new byte[bps > 0 ? (int) Math.max(1024, Math.min(65536, bps / 50)) : 65536];
    long start = System.nanoTime();
    long written = 0;
    for (int n; (n = in.read(buf)) > 0; ) {
      out.write(buf, 0, n);
      written += n;
      bytesSent.addAndGet(n);
      if (bps > 0) {
        long aheadMs = (written * 1_000_000_000L / bps - (System.nanoTime() - start)) / 1_000_000L;
        if (aheadMs > 0) {
          out.flush();
          if (closing) {
            throw new IOException("server closed");
          }
          Thread.sleep(aheadMs);
        }
      }
    }
  }

  private static void copyHeader(
      HttpExchange ex, String header, Map<String, String> env, String var) {
    String v = ex.getRequestHeaders().getFirst(header);
    if (v != null) {
      env.put(var, v);
    }
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
}
