package dev.edenskills.testing;

import dev.edenskills.common.Env;
import dev.edenskills.source.GitEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.lib.TagBuilder;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Bare git repositories on disk for tests, written with JGit's object API (no work tree), so files
 * keep exact modes (executable, symlink, gitlink) and commits have fixed authors and times: the
 * same content always gives the same commit id.
 *
 * <p>A repository named {@code acme/skills} lives at {@code <root>/acme/skills.git}; {@link
 * GitHttpServer} and {@link GitDaemonServer} serve {@code root}. Committing again later is how a
 * test "pushes" a new commit for update tests.
 */
public final class TestRepos {
  /** Author and committer time of the first commit; each later commit is one minute later. */
  public static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

  static {
    // Keep JGit in the test JVM away from the real user's git config and ~/.config/jgit.
    if (!GitEnvironment.installed()) {
      Path home = tempHome();
      GitEnvironment.install(
          Env.of(Map.of("HOME", home.toString()), home, Clock.systemUTC(), false));
    }
  }

  private TestRepos() {}

  private static Path tempHome() {
    try {
      Path home = Files.createTempDirectory("test-repos-home-");
      home.toFile().deleteOnExit();
      return home;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates (or opens) the bare repository {@code <root>/<name>.git} on branch {@code main}. */
  public static Repo create(Path root, String name) {
    return new Repo(root, name);
  }

  /** The directory of repository {@code name} under {@code root}. */
  public static Path dir(Path root, String name) {
    return root.resolve(name.endsWith(".git") ? name : name + ".git");
  }

  /** A {@code file://} URL for repository {@code name} under {@code root}. */
  public static String fileUrl(Path root, String name) {
    return dir(root, name).toAbsolutePath().toUri().toString();
  }

  /** The text of a SKILL.md with YAML front matter. */
  public static String skillMd(String name, String description) {
    return "---\nname: "
        + name
        + "\ndescription: "
        + description
        + "\n---\n\n# "
        + name
        + "\n\nInstructions for "
        + name
        + ".\n";
  }

  /** Writes {@code <dir>/SKILL.md} on disk (for local-directory sources). */
  public static Path skill(Path dir, String name, String description) {
    try {
      Files.createDirectories(dir);
      return Files.writeString(dir.resolve("SKILL.md"), skillMd(name, description));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One bare repository and the tree the next commit will hold. */
  public static final class Repo {
    private final Path root;
    private final String name;
    private final Path dir;
    private final Map<String, Entry> tree = new TreeMap<>();
    private String branch = "main";
    private int commits;

    private record Entry(FileMode mode, byte[] content) {}

    private Repo(Path root, String name) {
      this.root = root;
      this.name = name;
      this.dir = TestRepos.dir(root, name);
      try (Repository repo = open()) {
        if (!Files.exists(dir.resolve("HEAD"))) {
          repo.create(true);
          RefUpdate head = repo.updateRef(Constants.HEAD);
          head.link("refs/heads/main");
          StoredConfig config = repo.getConfig();
          // Fetch by commit id (CONTRACT §6) over every transport, whatever git's defaults.
          config.setBoolean("uploadpack", null, "allowAnySHA1InWant", true);
          config.setBoolean("uploadpack", null, "allowReachableSHA1InWant", true);
          config.setBoolean("uploadpack", null, "allowTipSHA1InWant", true);
          config.setBoolean("http", null, "receivepack", false);
          config.save();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public String name() {
      return name;
    }

    public Path dir() {
      return dir;
    }

    public Path root() {
      return root;
    }

    public String fileUrl() {
      return TestRepos.fileUrl(root, name);
    }

    /** Adds or replaces a regular file. */
    public Repo file(String path, String content) {
      return put(path, FileMode.REGULAR_FILE, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds or replaces a regular file with raw bytes. */
    public Repo file(String path, byte[] content) {
      return put(path, FileMode.REGULAR_FILE, content);
    }

    /** Adds or replaces a file with the executable bit. */
    public Repo executable(String path, String content) {
      return put(path, FileMode.EXECUTABLE_FILE, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds a symlink at {@code path} pointing to {@code target} (stored verbatim). */
    public Repo symlink(String path, String target) {
      return put(path, FileMode.SYMLINK, target.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds a submodule entry (gitlink) at {@code path} pointing to {@code commit}. */
    public Repo gitlink(String path, String commit) {
      return put(path, FileMode.GITLINK, commit.getBytes(StandardCharsets.US_ASCII));
    }

    /** Writes {@code <dir>/SKILL.md}; {@code dir} is repo-relative ("." for the root). */
    public Repo skill(String dir, String name, String description) {
      String path = dir.equals(".") || dir.isEmpty() ? "SKILL.md" : dir + "/SKILL.md";
      return file(path, skillMd(name, description));
    }

    /** Removes a file, or every file under a directory. */
    public Repo remove(String path) {
      tree.keySet().removeIf(p -> p.equals(path) || p.startsWith(path + "/"));
      return this;
    }

    /** Makes later commits go to {@code name}, creating it at the current branch's tip if new. */
    public Repo onBranch(String name) {
      Optional<String> tip = resolve("refs/heads/" + branch);
      if (resolve("refs/heads/" + name).isEmpty() && tip.isPresent()) {
        updateRef("refs/heads/" + name, tip.get());
      }
      this.branch = name;
      return this;
    }

    /** Commits the current tree on the current branch and returns the new commit id. */
    public String commit(String message) {
      try (Repository repo = open();
          ObjectInserter ins = repo.newObjectInserter()) {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        for (Map.Entry<String, Entry> e : tree.entrySet()) {
          DirCacheEntry entry = new DirCacheEntry(e.getKey());
          entry.setFileMode(e.getValue().mode());
          if (e.getValue().mode() == FileMode.GITLINK) {
            entry.setObjectId(
                ObjectId.fromString(new String(e.getValue().content(), StandardCharsets.US_ASCII)));
          } else {
            entry.setObjectId(ins.insert(Constants.OBJ_BLOB, e.getValue().content()));
          }
          builder.add(entry);
        }
        builder.finish();
        ObjectId treeId = index.writeTree(ins);
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(treeId);
        resolve("refs/heads/" + branch).map(ObjectId::fromString).ifPresent(commit::setParentId);
        PersonIdent who = ident(commits++);
        commit.setAuthor(who);
        commit.setCommitter(who);
        commit.setMessage(message + "\n");
        ObjectId id = ins.insert(commit);
        ins.flush();
        updateRef("refs/heads/" + branch, id.name());
        return id.name();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * Makes {@code name} the repository's default branch (HEAD points to it, as a server's {@code
     * git symbolic-ref HEAD} would) and the branch later commits go to.
     */
    public Repo defaultBranch(String name) {
      onBranch(name);
      try (Repository repo = open()) {
        RefUpdate head = repo.updateRef(Constants.HEAD);
        head.disableRefLog();
        head.link("refs/heads/" + name);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    /** Creates or moves branch {@code name} to {@code commit}. */
    public Repo branch(String name, String commit) {
      updateRef("refs/heads/" + name, commit);
      return this;
    }

    /** Creates a lightweight tag at {@code commit}. */
    public Repo tag(String name, String commit) {
      updateRef("refs/tags/" + name, commit);
      return this;
    }

    /** Creates an annotated tag at {@code commit}; returns the tag object's id. */
    public String annotatedTag(String name, String commit) {
      try (Repository repo = open();
          ObjectInserter ins = repo.newObjectInserter()) {
        TagBuilder tag = new TagBuilder();
        tag.setTag(name);
        tag.setObjectId(ObjectId.fromString(commit), Constants.OBJ_COMMIT);
        tag.setTagger(ident(commits++));
        tag.setMessage("release " + name + "\n");
        ObjectId id = ins.insert(tag);
        ins.flush();
        updateRef("refs/tags/" + name, id.name());
        return id.name();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The commit a ref ({@code refs/heads/main}, {@code main}, a tag...) points to. */
    public Optional<String> resolve(String ref) {
      try (Repository repo = open()) {
        ObjectId id = repo.resolve(ref + "^{commit}");
        return Optional.ofNullable(id).map(ObjectId::name);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The tip of the current branch. */
    public String head() {
      return resolve("refs/heads/" + branch).orElseThrow();
    }

    private void updateRef(String ref, String id) {
      try (Repository repo = open()) {
        RefUpdate u = repo.updateRef(ref);
        u.setNewObjectId(ObjectId.fromString(id));
        u.setForceUpdate(true);
        RefUpdate.Result r = u.update();
        if (r == RefUpdate.Result.LOCK_FAILURE || r == RefUpdate.Result.IO_FAILURE) {
          throw new IOException("cannot update " + ref + ": " + r);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private Repository open() throws IOException {
      return new FileRepositoryBuilder().setGitDir(dir.toFile()).setBare().build();
    }

    private Repo put(String path, FileMode mode, byte[] content) {
      tree.put(path, new Entry(mode, content.clone()));
      return this;
    }

    private static PersonIdent ident(int n) {
      return new PersonIdent(
          "Test Author",
          "author@example.test",
          EPOCH.plusSeconds(60L * n),
          java.time.ZoneOffset.UTC);
    }
  }
}
