package dev.edenskills.source;

import dev.edenskills.common.Env;
import java.io.File;
import java.io.IOException;
import java.net.ProxySelector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.internal.storage.dfs.DfsRepositoryDescription;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.transport.HttpTransport;
import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.FS_POSIX;
import org.eclipse.jgit.util.SystemReader;

/**
 * Makes JGit use the CLI's home ({@link Env#home()}, which honours {@code $HOME}) and leave no
 * surprise files: user, system and JGit configs are in memory, holding only the few settings of the
 * user's and system git config that fetching honours ({@link GitUserConfig}: insteadOf, proxy,
 * TLS), so nothing else of {@code ~/.gitconfig} reaches JGit, nothing writes {@code
 * ~/.config/jgit/config}, and JGit never spends seconds measuring the file system's timestamp
 * resolution on first use. Proxies follow git's rules ({@link GitProxySelector}).
 */
public final class GitEnvironment {
  private static final Map<Path, SshSessionFactory> SSH = new ConcurrentHashMap<>();
  private static volatile GitUserConfig gitConfig = GitUserConfig.none();

  private GitEnvironment() {}

  /** Installs the JGit-wide system reader for {@code env}; call once per run, before any git. */
  public static synchronized void install(Env env) {
    SystemReader current = SystemReader.getInstance();
    SystemReader base = current instanceof EdenSystemReader eden ? eden.base : current;
    GitUserConfig config = GitUserConfig.load(env);
    gitConfig = config;
    SystemReader.setInstance(new EdenSystemReader(base, env, config));
    ProxySelector.setDefault(new GitProxySelector(env, config));
    // FS caches the user home per instance; the shared one must follow the reader.
    FS.DETECTED.setUserHome(env.home().toFile());
    presetUmask();
    // Retry single HTTP requests a server sheds with 502/503/504 (see RetryingHttp).
    if (!(HttpTransport.getConnectionFactory() instanceof RetryingHttp)) {
      HttpTransport.setConnectionFactory(new RetryingHttp(HttpTransport.getConnectionFactory()));
    }
  }

  /**
   * JGit learns the process umask by running {@code sh -c umask} the first time it needs it; this
   * tool spawns no process at all (issue 7, proven with strace), so measure it from a directory
   * created with default permissions and hand it to JGit. Falls back to JGit's default 022.
   */
  private static void presetUmask() {
    if (!(FS.DETECTED instanceof FS_POSIX posix)) {
      return;
    }
    int umask = 0022;
    try {
      Path parent = Files.createTempDirectory("eden-umask-");
      Path probe = parent.resolve("d");
      try {
        Files.createDirectory(probe);
        int mode = 0;
        for (PosixFilePermission p : Files.getPosixFilePermissions(probe)) {
          mode |= 1 << (8 - p.ordinal());
        }
        umask = ~mode & 0777;
      } finally {
        Files.deleteIfExists(probe);
        Files.deleteIfExists(parent);
      }
    } catch (IOException | UnsupportedOperationException e) {
      // keep the default
    }
    posix.setUmask(umask);
  }

  /** The git config settings the last {@link #install} read (none before). */
  public static GitUserConfig gitConfig() {
    return gitConfig;
  }

  /** True when some {@link #install} has run in this JVM. */
  public static boolean installed() {
    return SystemReader.getInstance() instanceof EdenSystemReader;
  }

  /**
   * Loads and initialises JGit's classes on the calling thread. Call on the main thread before
   * Phase A forks virtual threads: class initialisation pins carrier threads (JAVA-NOTES).
   */
  public static void warmUp() {
    try {
      Transport.getTransportProtocols();
      new URIish("https://127.0.0.1/warm/up.git");
      SystemReader.getInstance().getUserConfig();
      try (InMemoryRepository repo = new InMemoryRepository(new DfsRepositoryDescription("warm"));
          ObjectInserter ins = repo.newObjectInserter();
          RevWalk walk = new RevWalk(repo)) {
        ObjectId blob = ins.insert(Constants.OBJ_BLOB, new byte[] {'x'});
        TreeFormatter tree = new TreeFormatter();
        tree.append("x", org.eclipse.jgit.lib.FileMode.REGULAR_FILE, blob);
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(ins.insert(tree));
        PersonIdent who = new PersonIdent("warm", "warm@localhost");
        commit.setAuthor(who);
        commit.setCommitter(who);
        ObjectId id = ins.insert(commit);
        ins.flush();
        RevCommit c = walk.parseCommit(id);
        try (TreeWalk tw = new TreeWalk(repo)) {
          tw.addTree(c.getTree());
          tw.setRecursive(true);
          while (tw.next()) {
            repo.open(tw.getObjectId(0)).getSize();
          }
        }
      }
      for (String name :
          new String[] {
            "org.eclipse.jgit.transport.TransportHttp",
            "org.eclipse.jgit.transport.TransportGitAnon",
            "org.eclipse.jgit.transport.TransportGitAnon$TcpFetchConnection",
            "org.eclipse.jgit.transport.TransportHttp$SmartHttpFetchConnection",
            "org.eclipse.jgit.transport.BasePackConnection",
            "org.eclipse.jgit.transport.PacketLineIn",
            "org.eclipse.jgit.transport.FilterSpec",
            "org.eclipse.jgit.transport.TransportLocal",
            "org.eclipse.jgit.transport.BasePackFetchConnection",
            "org.eclipse.jgit.transport.FetchProcess",
            "org.eclipse.jgit.transport.PackParser",
            "org.eclipse.jgit.internal.storage.file.ObjectDirectory",
            "org.eclipse.jgit.internal.storage.file.RefDirectory",
            "org.eclipse.jgit.internal.storage.file.ObjectDirectoryPackParser",
            "org.eclipse.jgit.errors.NoRemoteRepositoryException",
          }) {
        Class.forName(name, true, GitEnvironment.class.getClassLoader());
      }
      LocalFetchWarmUp.run();
      VirtualSocketWarmUp.run();
    } catch (Exception e) {
      // Warming up is an optimisation; the real operation reports any real problem.
    }
  }

  /** The ssh transport for {@code home}: JGit's Apache MINA client reading {@code home/.ssh}. */
  public static SshSessionFactory sshSessionFactory(Path home) {
    return SSH.computeIfAbsent(
        home,
        h ->
            new SshdSessionFactoryBuilder()
                .setHomeDirectory(h.toFile())
                .setSshDirectory(h.resolve(".ssh").toFile())
                .build(null));
  }

  /** Delegates to JGit's default reader except for home, environment and config files. */
  private static final class EdenSystemReader extends SystemReader.Delegate {
    private final SystemReader base;
    private final Env env;
    private final GitUserConfig config;

    EdenSystemReader(SystemReader base, Env env, GitUserConfig config) {
      super(base);
      this.base = base;
      this.env = env;
      this.config = config;
    }

    @Override
    public String getenv(String variable) {
      if (variable.equals("HOME")) {
        return env.home().toString();
      }
      return env.vars().get(variable);
    }

    @Override
    public String getProperty(String key) {
      if (key.equals("user.home")) {
        return env.home().toString();
      }
      return super.getProperty(key);
    }

    @Override
    public FileBasedConfig openUserConfig(Config parent, FS fs) {
      EmptyConfig user = new EmptyConfig(parent, fs);
      try {
        user.fromText(config.toText());
      } catch (ConfigInvalidException e) {
        // Built from parsed values, so it parses; stay empty if it ever does not.
      }
      return user;
    }

    @Override
    public FileBasedConfig openSystemConfig(Config parent, FS fs) {
      return new EmptyConfig(parent, fs);
    }

    @Override
    public FileBasedConfig openJGitConfig(Config parent, FS fs) {
      return new EmptyConfig(parent, fs);
    }
  }

  /**
   * A config that is never loaded from or saved to disk. It answers JGit's question about the file
   * system's timestamp resolution with JGit's own conservative fallback instead of letting JGit
   * measure it (seconds on first use) and save the result under the user's home.
   */
  private static final class EmptyConfig extends FileBasedConfig {
    EmptyConfig(Config parent, FS fs) {
      super(parent, (File) null, fs);
    }

    @Override
    public void load() {}

    @Override
    public void save() {}

    @Override
    public boolean isOutdated() {
      return false;
    }

    @Override
    public long getTimeUnit(
        String section, String subsection, String name, long defaultValue, TimeUnit wantUnit) {
      if ("filesystem".equals(section) && "timestampResolution".equalsIgnoreCase(name)) {
        return wantUnit.convert(
            FS.FileStoreAttributes.FALLBACK_TIMESTAMP_RESOLUTION.toNanos(), TimeUnit.NANOSECONDS);
      }
      return super.getTimeUnit(section, subsection, name, defaultValue, wantUnit);
    }
  }
}
