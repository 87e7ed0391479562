import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What scenarios are built from: fresh "worlds" (a temp HOME, a config, a store and a target
 * directory), runs of the image ({@code apply}, {@code --version}, ...) and the {@code git clone}
 * baselines, all against the same {@link BenchServer}.
 */
final class Harness {
  final Bench.Options options;
  final Path launcher;
  final SkillRepos repos;
  final BenchServer server;
  private final Path work;
  private final Path scratch;
  private final AtomicInteger seq = new AtomicInteger();

  Harness(Bench.Options options, Path launcher, SkillRepos repos, BenchServer server, Path work)
      throws IOException {
    this.options = options;
    this.launcher = launcher;
    this.repos = repos;
    this.server = server;
    this.work = work;
    this.scratch = Files.createDirectories(work.resolve("scratch"));
  }

  /** A fresh, empty world: its own HOME, config, store and targets. */
  record World(Path dir, Path home, Path config) {
    Path store() {
      return dir.resolve("store");
    }

    Path targets() {
      return dir.resolve("agents");
    }
  }

  World world(String name, List<SkillRepos.Skill> skills) throws IOException {
    Path dir =
        Files.createDirectories(work.resolve("worlds").resolve(name + "-" + seq.incrementAndGet()));
    Path home = Files.createDirectories(dir.resolve("home"));
    World w = new World(dir, home, dir.resolve("skills.toml"));
    writeConfig(w, skills);
    return w;
  }

  /** The same HOME and config, but a new store and new targets (nothing cached). */
  World freshStore(World w) throws IOException {
    Bench.deleteTree(w.store());
    Bench.deleteTree(w.targets());
    Files.deleteIfExists(w.dir().resolve("skills.lock"));
    return w;
  }

  /** Removes the world, unless {@code --keep} asks to keep it for profiling by hand. */
  void discard(World w) throws IOException {
    if (!options.keep()) {
      Bench.deleteTree(w.dir());
    }
  }

  private void writeConfig(World w, List<SkillRepos.Skill> skills) throws IOException {
    StringBuilder toml = new StringBuilder();
    toml.append("version = 1\n\n[storage]\nroot = ").append(quote(w.store())).append("\n\n");
    toml.append("[reactor]\nconcurrency = 10\ntimeout_secs = 300\nretries = 0\n");
    for (SkillRepos.Skill s : skills) {
      toml.append("\n[[skills]]\nid = \"").append(s.id()).append("\"\n\n[skills.source]\n");
      toml.append("repo = \"").append(server.url(s.repo())).append("\"\n");
      toml.append("subpath = \"").append(s.subpath()).append("\"\n\n");
      toml.append("[[skills.targets]]\nagent = \"custom\"\npath = ");
      toml.append(quote(w.targets().resolve("claude/skills"))).append('\n');
    }
    Files.writeString(w.config(), toml);
  }

  private static String quote(Path p) {
    return "\"" + p.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  Map<String, String> env(Path home) {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("HOME", home.toString());
    env.put("LANG", "C.UTF-8");
    env.put("TMPDIR", scratch.toString());
    return env;
  }

  /** {@code eden-skills --config ... apply [--concurrency n]} in world {@code w}. */
  Proc.Result apply(World w, int concurrency, boolean rss)
      throws IOException, InterruptedException {
    List<String> cmd =
        new ArrayList<>(List.of(launcher.toString(), "--config", w.config().toString()));
    cmd.addAll(List.of("apply", "--concurrency", Integer.toString(concurrency)));
    return Proc.run(cmd, env(w.home()), w.dir(), null, rss, scratch);
  }

  /** {@code eden-skills args} in world {@code w} (its HOME and directory). */
  Proc.Result run(World w, boolean rss, List<String> args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
    cmd.addAll(args);
    return Proc.run(cmd, env(w.home()), w.dir(), null, rss, scratch);
  }

  /** The image with {@code args}, optionally with extra JVM options (JDK_JAVA_OPTIONS). */
  Proc.Result image(Path home, String jvmOptions, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
    cmd.addAll(List.of(args));
    Map<String, String> env = env(home);
    if (jvmOptions != null) {
      env.put("JDK_JAVA_OPTIONS", jvmOptions);
    }
    return Proc.run(cmd, env, home, null, false, scratch);
  }

  /**
   * The baseline: {@code git clone -q --depth 1} of each repository into a fresh directory, through
   * {@code xargs -P parallel}, against the same server.
   */
  Proc.Result gitClones(List<String> repoNames, int parallel)
      throws IOException, InterruptedException {
    Path dir = Files.createDirectories(work.resolve("clones").resolve("c" + seq.incrementAndGet()));
    Path home = Files.createDirectories(dir.resolve("home"));
    StringBuilder list = new StringBuilder();
    for (String repo : repoNames) {
      list.append(server.url(repo)).append(' ').append(dir.resolve(repo)).append('\n');
    }
    Path input = dir.resolve("list");
    Files.writeString(input, list);
    Map<String, String> env = env(home);
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_TERMINAL_PROMPT", "0");
    List<String> cmd =
        List.of(
            "xargs",
            "-P",
            Integer.toString(parallel),
            "-n",
            "2",
            "git",
            "clone",
            "-q",
            "--depth",
            "1");
    try {
      return Proc.run(cmd, env, dir, input, false, scratch);
    } finally {
      Bench.deleteTree(dir);
    }
  }
}
