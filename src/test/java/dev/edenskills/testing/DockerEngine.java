package dev.edenskills.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real Docker engine for the container tests, shared by every test of the JVM: uses the engine
 * that answers {@code docker info}; else starts {@code dockerd} (vfs storage, no bridge, no
 * iptables: see DOCKER-NOTES), stopped by the last test JVM to exit ({@link EngineLease}). Builds
 * {@link #IMAGE} from the host's static busybox when missing (no image can be pulled). Containers
 * run with {@code --network none} and are removed by {@link Box#close}.
 */
public final class DockerEngine {
  /** The image every test container runs: a static busybox and a passwd entry (HOME=/root). */
  public static final String IMAGE = "eden-test:busybox";

  private static final String INSTALL_HINT =
      "run .ci/test-deps (installs docker.io and busybox-static) before the tests";
  private static DockerEngine shared;

  private DockerEngine() {}

  /** The engine, started and with the image built on first call. */
  public static synchronized DockerEngine get() {
    if (shared == null) {
      DockerEngine e = new DockerEngine();
      e.ensureEngine();
      e.ensureImage();
      shared = e;
    }
    return shared;
  }

  /** What a docker command printed. */
  public record Out(int code, String out, String err) {
    public Out ok() {
      assertThat(code).as("docker failed: " + err).isZero();
      return this;
    }
  }

  /** Runs {@code docker args}. */
  public static Out docker(String... args) {
    List<String> cmd = new ArrayList<>(List.of("docker"));
    cmd.addAll(List.of(args));
    return run(cmd, 120);
  }

  /** A running container ({@code sleep}) from {@link #IMAGE}; {@code runArgs} go before it. */
  public Box start(String... runArgs) {
    String name = "eden-test-" + UUID.randomUUID().toString().substring(0, 8);
    List<String> cmd =
        new ArrayList<>(List.of("docker", "run", "-d", "--name", name, "--network", "none"));
    cmd.addAll(List.of(runArgs));
    cmd.addAll(List.of(IMAGE, "/bin/sleep", "3600"));
    run(cmd, 120).ok();
    return new Box(name);
  }

  /** A test container, removed (with its volumes) on close. */
  public record Box(String name) implements AutoCloseable {
    /** Runs {@code argv} inside the container (no shell unless asked for). */
    public Out exec(String... argv) {
      List<String> cmd = new ArrayList<>(List.of("exec", name));
      cmd.addAll(List.of(argv));
      return docker(cmd.toArray(String[]::new));
    }

    /** Runs a shell script inside the container. */
    public Out sh(String script) {
      return exec("/bin/sh", "-c", script);
    }

    public void stop() {
      docker("stop", "-t", "0", name).ok();
    }

    @Override
    public void close() {
      docker("rm", "-f", "-v", name);
    }
  }

  private void ensureEngine() {
    EngineLease lease = EngineLease.take();
    if (run(List.of("docker", "info"), 30).code() == 0) {
      return;
    }
    if (!onPath("dockerd")) {
      throw new IllegalStateException(
          "no Docker engine answers and dockerd is missing: " + INSTALL_HINT);
    }
    try {
      Path log = Files.createTempFile("eden-test-dockerd-", ".log");
      Process dockerd =
          new ProcessBuilder(
                  "dockerd",
                  "--storage-driver=vfs",
                  "--iptables=false",
                  "--ip6tables=false",
                  "--bridge=none")
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      lease.started(dockerd);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < deadline) {
        if (!dockerd.isAlive()) {
          throw new IllegalStateException(
              "dockerd exited (" + dockerd.exitValue() + "); its log: " + tail(log));
        }
        if (run(List.of("docker", "info"), 10).code() == 0) {
          return;
        }
        Thread.sleep(250);
      }
      throw new IllegalStateException("dockerd did not answer within 60 s; its log: " + tail(log));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void ensureImage() {
    if (docker("image", "inspect", IMAGE).code() == 0) {
      return;
    }
    Path busybox = Path.of("/bin/busybox");
    if (!Files.isExecutable(busybox)) {
      throw new IllegalStateException("/bin/busybox is missing: " + INSTALL_HINT);
    }
    try {
      Path d = Files.createTempDirectory("eden-test-image-");
      for (String dir : List.of("bin", "tmp", "root", "etc")) {
        Files.createDirectories(d.resolve(dir));
      }
      // Without a passwd entry the container's HOME is /.
      Files.writeString(d.resolve("etc/passwd"), "root:x:0:0:root:/root:/bin/sh\n");
      Files.copy(busybox, d.resolve("bin/busybox"));
      for (String c :
          List.of(
              "sh", "ls", "cat", "mkdir", "rm", "mv", "cp", "tar", "sleep", "find", "ln", "echo")) {
        Files.createSymbolicLink(d.resolve("bin").resolve(c), Path.of("busybox"));
      }
      Path tar = d.resolveSibling(d.getFileName() + ".tar");
      run(List.of("tar", "-C", d.toString(), "-cf", tar.toString(), "."), 60).ok();
      docker("import", tar.toString(), IMAGE).ok();
      Files.delete(tar);
      dev.edenskills.common.SafeDelete.tree(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean onPath(String exe) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, exe))) {
        return true;
      }
    }
    return Files.isExecutable(Path.of("/usr/sbin", exe));
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }

  private static Out run(List<String> cmd, int timeoutSeconds) {
    try {
      Process p =
          new ProcessBuilder(cmd)
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .start();
      var out = p.getInputStream();
      var err = p.getErrorStream();
      var outText = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(out));
      var errText = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(err));
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return new Out(-1, "", String.join(" ", cmd) + " timed out");
      }
      return new Out(p.exitValue(), outText.join(), errText.join());
    } catch (IOException e) {
      return new Out(-1, "", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String read(java.io.InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
