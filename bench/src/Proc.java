import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs one measured child process: wall time from just before start to exit, and (when asked) peak
 * RSS from {@code /usr/bin/time -f %M} or, without it, by polling {@code VmHWM} in {@code
 * /proc/<pid>/status} every 5 ms (the launcher {@code exec}s java, so the pid stays the same).
 */
final class Proc {
  private static final Path TIME = Path.of("/usr/bin/time");

  private Proc() {}

  /**
   * One run: wall milliseconds, peak RSS in KiB and CPU milliseconds (user + sys, the process and
   * its children; -1 when not measured), exit code, output tail.
   */
  record Result(
      double wallMs, long peakRssKb, double cpuMs, double serverCpuMs, int exit, String tail) {
    boolean ok() {
      return exit == 0;
    }
  }

  static boolean hasTimeTool() {
    return Files.isExecutable(TIME);
  }

  static Result run(
      List<String> cmd, Map<String, String> env, Path cwd, Path stdin, boolean rss, Path scratch)
      throws IOException, InterruptedException {
    List<String> argv = new ArrayList<>();
    Path rssFile = scratch.resolve("rss-" + System.nanoTime());
    boolean viaTime = hasTimeTool();
    if (viaTime) {
      argv.addAll(List.of(TIME.toString(), "-f", "%M %U %S", "-o", rssFile.toString()));
    }
    argv.addAll(cmd);
    Path log = scratch.resolve("out-" + System.nanoTime());
    ProcessBuilder pb = new ProcessBuilder(argv).directory(cwd.toFile());
    pb.environment().clear();
    pb.environment().putAll(env);
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    pb.redirectInput(
        stdin == null
            ? ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())
            : ProcessBuilder.Redirect.from(stdin.toFile()));
    double cpuBefore = CpuClock.benchAndChildrenMs();
    long start = System.nanoTime();
    Process p = pb.start();
    long polled = -1;
    if (rss && !viaTime) {
      Path status = Path.of("/proc/" + p.pid() + "/status");
      while (p.isAlive()) {
        polled = Math.max(polled, hwm(status));
        Thread.sleep(5);
      }
    }
    int exit = p.waitFor();
    double wallMs = (System.nanoTime() - start) / 1e6;
    double cpuAfter = CpuClock.benchAndChildrenMs();
    long peak = polled;
    double cpuMs = -1;
    if (viaTime && Files.exists(rssFile)) {
      String text = Files.readString(rssFile).strip();
      String[] last = text.lines().reduce((a, b) -> b).orElse("").strip().split(" ");
      try {
        peak = rss ? Long.parseLong(last[0]) : -1;
        cpuMs = (Double.parseDouble(last[1]) + Double.parseDouble(last[2])) * 1000;
      } catch (RuntimeException e) {
        peak = -1;
      }
      Files.delete(rssFile);
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    String tail = out.length() > 2000 ? out.substring(out.length() - 2000) : out;
    // What this JVM and all its children burned meanwhile, minus the measured process: the server.
    double serverCpuMs =
        cpuMs >= 0 && cpuBefore >= 0 ? Math.max(0, cpuAfter - cpuBefore - cpuMs) : -1;
    return new Result(wallMs, peak, cpuMs, serverCpuMs, exit, tail);
  }

  private static long hwm(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process just exited
    }
    return -1;
  }
}
