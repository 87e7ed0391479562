package dev.edenskills.testing;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code git http-backend} as a CGI for one request (a fixed argv, never user strings), with a
 * private HOME, and streams its answer back, optionally throttled or cut mid-body.
 */
final class CgiGitBackend {
  private final Path root;
  private final Path home;
  private final CountDownLatch closed;
  private final Set<Process> processes = ConcurrentHashMap.newKeySet();
  private volatile boolean v0Only;

  CgiGitBackend(Path root, Path home, CountDownLatch closed) {
    this.root = root;
    this.home = home;
    this.closed = closed;
  }

  /** Ignores the client's {@code Git-Protocol} header, so the backend speaks protocol v0. */
  void v0Only(boolean value) {
    this.v0Only = value;
  }

  /** Kills every backend still running. */
  void destroyAll() {
    processes.forEach(Process::destroyForcibly);
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

  /** Runs one request; {@code sent} is called once the body is written, before it is closed. */
  void run(HttpExchange ex, String path, long cut, long bytesPerSecond, Runnable sent)
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
        sent.run();
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
    if (!v0Only) {
      header(ex, "Git-Protocol").ifPresent(v -> env.put("GIT_PROTOCOL", v));
    }
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

  /** The injected cut: escapes the handler so HttpServer drops the socket mid-body. */
  static final class Cut extends IOException {
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
