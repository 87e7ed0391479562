import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The eden-skills benchmark (GitHub issue 6): serves deterministic skill repositories from a
 * latency-adding git server on 127.0.0.1 and times the built image against plain {@code git clone}
 * in the same run. Run through {@code bench/run.sh}; see {@code bench/README.md}. Prints one
 * Markdown table per scenario and never fails on a number.
 */
public class Bench {
  /** Command-line options. */
  record Options(
      boolean quick,
      TreeSet<Integer> scenarios,
      int runs,
      long latencyMs,
      long bandwidth,
      Path image,
      Path out,
      boolean keep,
      boolean serve) {

    static Options parse(String[] args) {
      boolean quick = false;
      TreeSet<Integer> scenarios = new TreeSet<>();
      int runs = 0;
      long latency = 80;
      long bandwidth = 2L << 20;
      Path image = Path.of("target/eden-skills");
      Path out = null;
      boolean keep = false;
      boolean serve = false;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--quick" -> quick = true;
          case "--scenario" -> {
            for (String s : args[++i].split(",")) {
              scenarios.add(Integer.parseInt(s.strip()));
            }
          }
          case "--runs" -> runs = Integer.parseInt(args[++i]);
          case "--latency" -> latency = Long.parseLong(args[++i]);
          case "--bandwidth" -> bandwidth = Long.parseLong(args[++i]);
          case "--image" -> image = Path.of(args[++i]);
          case "--out" -> out = Path.of(args[++i]);
          case "--keep" -> keep = true;
          case "--serve" -> serve = true;
          case "-h", "--help" -> {
            System.out.println(USAGE);
            System.exit(0);
          }
          default -> {
            System.err.println("unknown option " + args[i] + "\n" + USAGE);
            System.exit(2);
          }
        }
      }
      if (scenarios.isEmpty()) {
        for (int s = 1; s <= 12; s++) {
          scenarios.add(s);
        }
      }
      return new Options(
          quick, scenarios, runs, latency, bandwidth, image.toAbsolutePath(), out, keep, serve);
    }

    /** Runs per variant: {@code --runs}, else 1 in quick mode and {@code full} otherwise. */
    int runs(int full) {
      return runs > 0 ? runs : quick ? 1 : full;
    }
  }

  static final String USAGE =
      """
      usage: bench/run.sh [--quick] [--scenario N[,N...]] [--runs N] [--latency MS]
                          [--bandwidth BYTES_PER_SEC] [--image DIR] [--out FILE.md] [--keep]
        --quick      one run per variant (a smoke run); default: several runs, medians
        --scenario   which of the twelve scenarios (default: all)
        --latency    added to every request by the git server (default 80 ms)
        --bandwidth  per-connection cap for scenario 8 (default 2097152 = 2 MiB/s)
        --image      the jlink image (default target/eden-skills)
        --out        also write the Markdown report to this file
        --keep       keep the temporary directory (repos, homes, stores)
        --serve      no measurements: serve the repositories of scenarios 1 and 2, print ready
                     configs for profiling by hand, and wait (Ctrl-C to stop)
      """;

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    Path launcher = o.image().resolve("bin/eden-skills");
    if (!Files.isExecutable(launcher)) {
      System.err.println("no image at " + o.image() + ": run ./mvnw package first");
      System.exit(2);
    }
    Path work = Files.createTempDirectory("eden-bench-");
    if (!o.keep()) {
      // Also on Ctrl-C (the way --serve ends).
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      deleteTree(work);
                    } catch (IOException e) {
                      System.err.println("could not remove " + work + ": " + e);
                    }
                  }));
    }
    StringBuilder md = new StringBuilder();
    md.append(header(o));
    System.out.print(md);
    Instant start = Instant.now();
    Path repos = Files.createDirectories(work.resolve("repos"));
    Path serverHome = Files.createDirectories(work.resolve("server-home"));
    try (BenchServer server = new BenchServer(repos, serverHome, o.latencyMs())) {
      Harness h = new Harness(o, launcher, new SkillRepos(repos), server, work);
      if (o.serve()) {
        serve(h);
        return;
      }
      Scenarios scenarios = new Scenarios(h);
      // The server's own JIT warm-up (and the page cache for git) must not land on the first
      // measured variant.
      List<String> warm =
          h.repos.create("warmup", 4, 1, 0).stream().map(SkillRepos.Skill::repo).toList();
      for (int i = 0; i < 5; i++) {
        h.gitClones(warm, 4);
      }
      for (int s : o.scenarios()) {
        Instant t0 = Instant.now();
        System.err.println("== scenario " + s + " ...");
        String section;
        try {
          section = scenarios.run(s).markdown();
        } catch (Exception e) {
          section = "### Scenario " + s + "\n\nthe harness itself failed: " + e + "\n";
          e.printStackTrace();
        }
        section += "\n_(scenario took " + seconds(Duration.between(t0, Instant.now())) + ")_\n\n";
        System.out.print(section);
        System.out.flush();
        md.append(section);
      }
    } finally {
      if (o.keep()) {
        System.err.println("kept " + work);
      }
    }
    String footer = "Total bench time: " + seconds(Duration.between(start, Instant.now())) + "\n";
    System.out.print(footer);
    md.append(footer);
    if (o.out() != null) {
      Files.writeString(o.out(), md);
      System.err.println("wrote " + o.out());
    }
  }

  /** {@code --serve}: the server and two worlds to run the image against by hand. */
  private static void serve(Harness h) throws Exception {
    for (String[] w : new String[][] {{"one", "50", "1"}, {"multi", "5", "10"}}) {
      List<SkillRepos.Skill> skills =
          h.repos.create(w[0], Integer.parseInt(w[1]), Integer.parseInt(w[2]), 0);
      Harness.World world = h.world(w[0], skills);
      System.out.printf(
          "%s x %s skills: HOME=%s %s --config %s apply%n",
          w[1], w[2], world.home(), h.launcher, world.config());
    }
    System.out.println("serving with " + h.server.latency() + " ms latency; Ctrl-C to stop");
    Thread.sleep(Long.MAX_VALUE);
  }

  private static String header(Options o) throws IOException {
    List<String> facts = new ArrayList<>();
    facts.add("cores: " + Runtime.getRuntime().availableProcessors());
    facts.add("load average at start: " + loadAverage());
    facts.add("latency per request: " + o.latencyMs() + " ms");
    facts.add("runs per variant: " + o.runs(3) + (o.quick() ? " (quick)" : ""));
    facts.add("peak RSS via " + (Proc.hasTimeTool() ? "/usr/bin/time" : "/proc VmHWM polling"));
    return "## eden-skills bench, "
        + Instant.now().toString().substring(0, 16).replace('T', ' ')
        + " UTC\n\n"
        + String.join("; ", facts)
        + "\n\n";
  }

  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String seconds(Duration d) {
    return String.format("%.0f s", d.toMillis() / 1000.0);
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
