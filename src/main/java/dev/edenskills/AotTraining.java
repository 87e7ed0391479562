package dev.edenskills;

import dev.edenskills.cli.Cli;
import dev.edenskills.common.Env;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The AOT cache's training workload, run once at build time by {@code src/build/MakeImage.java}
 * with {@code -XX:AOTCacheOutput}: the command lines people run most, in one JVM, inside a scratch
 * directory ({@code --version}, {@code --help}, {@code help apply}, {@code plan}, an {@code apply}
 * that clones from a local git repository, the same {@code apply} with nothing to do, {@code list},
 * {@code doctor}, {@code --help} and {@code --version} after {@code --config}, {@code install
 * --list} and {@code install --all} of a repository, {@code check}, then {@code install --all} and
 * a two-repository {@code apply} over HTTP from {@link TrainingGitServer}), so their classes and
 * profiles are in the cache. Not a user command.
 */
public final class AotTraining {
  private AotTraining() {}

  /**
   * {@code AotTraining SCRATCH_DIR} (HOME should point inside it too), or {@code AotTraining
   * --start-up} for the small cache the launcher uses when only help or the version is asked for.
   */
  public static void main(String[] args) throws Exception {
    if (args[0].equals("--start-up")) {
      startUp(Env.system());
    } else {
      train(Path.of(args[0]), Env.system());
    }
  }

  /**
   * The command lines answered without a command model ({@code --version}, {@code --help}, alone or
   * after {@code --config}): a cache of just their classes opens in a fraction of the time the full
   * one takes, which loads every class it holds at start-up. Returns how many exited 0.
   */
  public static int startUp(Env env) {
    List<List<String>> commands =
        List.of(
            List.of("--version"),
            List.of("--help"),
            List.of("-h"),
            List.of("--config", "skills.toml", "--help"),
            List.of("--config", "skills.toml", "-V"));
    return runAll(env, commands);
  }

  /** Runs the workload in {@code dir}; returns how many command lines exited 0. */
  public static int train(Path dir, Env env) throws IOException {
    Path repo = seedRepository(dir.resolve("repo.git"));
    Path local = dir.resolve("local/tidy-imports");
    Files.createDirectories(local);
    Files.writeString(local.resolve("SKILL.md"), skillMd("tidy-imports"));
    Path config = dir.resolve("skills.toml");
    Files.writeString(config, config(dir, repo, local, closedPort()));
    String cfg = config.toString();
    // install edits its own config; its store stays inside the scratch directory.
    Path installConfig = Files.createDirectories(dir.resolve("install")).resolve("skills.toml");
    Files.writeString(
        installConfig,
        "version = 1\n\n[storage]\nroot = \"%s\"\n".formatted(dir.resolve("install/store")));
    String installCfg = installConfig.toString();
    List<List<String>> commands =
        List.of(
            List.of("--version"),
            List.of("--help"),
            List.of("help", "apply"),
            List.of("--config", cfg, "plan"),
            List.of("--config", cfg, "apply"),
            List.of("--config", cfg, "apply"),
            List.of("--config", cfg, "--json", "plan"),
            List.of("--config", cfg, "list"),
            List.of("--config", cfg, "doctor"),
            List.of("--config", cfg, "--help"),
            List.of("--config", cfg, "--version"),
            List.of("--config", installCfg, "install", repo.toUri().toString(), "--list"),
            List.of(
                "--config",
                installCfg,
                "--json",
                "install",
                repo.toUri().toString(),
                "--all",
                "--target",
                "custom:" + dir.resolve("install/agent")),
            List.of("--config", installCfg, "apply"),
            List.of("check", local.toString()));
    return runAll(env, commands) + overHttp(dir, repo, env);
  }

  private static int runAll(Env env, List<List<String>> commands) {
    int ok = 0;
    for (List<String> command : commands) {
      ok += run(env, command);
    }
    return ok;
  }

  /**
   * The HTTP fetch path people run, from a git server in this JVM: {@code install <url> --all} with
   * a fresh HOME of its own (the default agent target, as a first install has it), and an {@code
   * apply} of two repositories at once (the warm-up and parallel fetch path). Both run with only
   * HOME set, so a proxy variable of the build machine cannot route them away from 127.0.0.1.
   */
  private static int overHttp(Path dir, Path repoDir, Env env) throws IOException {
    try (Repository repo =
            new FileRepositoryBuilder().setGitDir(repoDir.toFile()).setBare().build();
        TrainingGitServer server = new TrainingGitServer(repo)) {
      Path home = Files.createDirectories(dir.resolve("http/home"));
      Env fresh = Env.of(Map.of("HOME", home.toString()), dir, env.clock(), false);
      int ok = run(fresh, List.of("install", server.url("skills"), "--all"));
      Path config = dir.resolve("http/skills.toml");
      Files.writeString(
          config,
          """
          version = 1

          [storage]
          root = "%1$s/store"

          [[skills]]
          id = "review"
          [skills.source]
          repo = "%2$s"
          subpath = "skills/review"
          [[skills.targets]]
          agent = "custom"
          path = "%1$s/agent"

          [[skills]]
          id = "commit"
          [skills.source]
          repo = "%3$s"
          subpath = "skills/commit"
          [[skills.targets]]
          agent = "custom"
          path = "%1$s/agent"
          """
              .formatted(dir.resolve("http"), server.url("first"), server.url("second")));
      return ok + run(fresh, List.of("--config", config.toString(), "apply"));
    }
  }

  /** 1 when the command line exits 0. */
  private static int run(Env env, List<String> command) {
    PrintWriter sink = new PrintWriter(Writer.nullWriter());
    return new Cli(env).run(sink, sink, command.toArray(String[]::new)) == 0 ? 1 : 0;
  }

  private static String config(Path dir, Path repo, Path local, int closedPort) {
    String agents = dir.resolve("agents").toString();
    String url = repo.toUri().toString();
    return """
    version = 1

    [storage]
    root = "%s"

    [reactor]
    concurrency = 4
    timeout_secs = 10
    retries = 0

    [[skills]]
    id = "review"
    [skills.source]
    repo = "%s"
    subpath = "skills/review"
    [[skills.targets]]
    agent = "custom"
    path = "%s/claude"

    [[skills.targets]]
    agent = "custom"
    path = "%s/cursor"

    [[skills]]
    id = "commit"
    [skills.source]
    repo = "%s"
    subpath = "skills/commit"
    [skills.install]
    mode = "copy"
    [[skills.targets]]
    agent = "custom"
    path = "%s/claude"

    [[skills]]
    id = "tidy-imports"
    [skills.source]
    repo = "%s"
    [[skills.targets]]
    agent = "custom"
    path = "%s/claude"

    # An http source nobody answers: loads the HTTP transport and the failure path.
    [[skills]]
    id = "offline"
    [skills.source]
    repo = "http://127.0.0.1:%d/acme/offline.git"
    [[skills.targets]]
    agent = "custom"
    path = "%s/claude"
    """
        .formatted(
            dir.resolve("store"),
            url,
            agents,
            agents,
            url,
            agents,
            local,
            agents,
            closedPort,
            agents);
  }

  /** A port nothing listens on (just released), so the http source fails at once. */
  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** A bare repository with two skills on branch main, written with JGit's object API. */
  private static Path seedRepository(Path dir) throws IOException {
    try (Repository repo = new FileRepositoryBuilder().setGitDir(dir.toFile()).setBare().build()) {
      repo.create(true);
      try (ObjectInserter ins = repo.newObjectInserter()) {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        for (String skill : List.of("review", "commit")) {
          add(builder, ins, "skills/" + skill + "/SKILL.md", skillMd(skill));
          add(builder, ins, "skills/" + skill + "/notes/README.md", "Notes for " + skill + ".\n");
        }
        add(builder, ins, "README.md", "Training skills.\n");
        builder.finish();
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(index.writeTree(ins));
        PersonIdent who =
            new PersonIdent("eden-skills", "build@localhost", Instant.EPOCH, ZoneOffset.UTC);
        commit.setAuthor(who);
        commit.setCommitter(who);
        commit.setMessage("training skills\n");
        ObjectId id = ins.insert(commit);
        ins.flush();
        RefUpdate main = repo.updateRef("refs/heads/main");
        main.setNewObjectId(id);
        main.update();
        repo.updateRef(Constants.HEAD).link("refs/heads/main");
      }
      // The HTTP training server answers protocol v2, as git's own http-backend does.
      repo.getConfig().setString("protocol", null, "version", "2");
      repo.getConfig().save();
    }
    return dir;
  }

  private static void add(DirCacheBuilder builder, ObjectInserter ins, String path, String text)
      throws IOException {
    DirCacheEntry entry = new DirCacheEntry(path);
    entry.setFileMode(FileMode.REGULAR_FILE);
    entry.setObjectId(ins.insert(Constants.OBJ_BLOB, text.getBytes(StandardCharsets.UTF_8)));
    builder.add(entry);
  }

  private static String skillMd(String name) {
    return "---\nname: "
        + name
        + "\ndescription: Training skill "
        + name
        + ".\n---\n\n# "
        + name
        + "\n";
  }
}
