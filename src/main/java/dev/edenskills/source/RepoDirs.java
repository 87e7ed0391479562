package dev.edenskills.source;

import dev.edenskills.common.SafeDelete;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Creating, checking and publishing the bare repositories under {@code store/repos}. */
final class RepoDirs {
  private RepoDirs() {}

  /**
   * True when {@code dir} is a bare repository we can use. Anything else found there (a stray
   * directory, a file) is removed so the caller clones afresh; it is never trusted.
   */
  static boolean isUsable(Path dir) {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
        && Files.isRegularFile(dir.resolve("HEAD"))
        && Files.isRegularFile(dir.resolve("config"))
        && Files.isDirectory(dir.resolve("objects"))
        && Files.isDirectory(dir.resolve("refs"))) {
      try (Repository repo =
          new FileRepositoryBuilder().setGitDir(dir.toFile()).setBare().build()) {
        repo.getRefDatabase().getRefs();
        return true;
      } catch (IOException | RuntimeException e) {
        // fall through: unusable
      }
    }
    SafeDelete.quietly(dir);
    return false;
  }

  /** A new empty bare repository in a fresh directory under {@code tmpRoot}. */
  static Path createBare(Path tmpRoot, String key) throws IOException {
    Files.createDirectories(tmpRoot);
    Path dir = Files.createTempDirectory(tmpRoot, "clone-" + key + "-");
    try (Repository repo = new FileRepositoryBuilder().setGitDir(dir.toFile()).setBare().build()) {
      repo.create(true);
      disableAutoGc(repo);
    } catch (IOException | RuntimeException e) {
      // The caller only owns (and deletes) the directory once this returns: a failure here,
      // e.g. Ctrl-C while JGit writes the config, would otherwise leave it in store/tmp.
      SafeDelete.quietly(dir);
      throw e;
    }
    return dir;
  }

  /**
   * JGit runs an automatic gc on a background thread after a fetch; it would race the rename of a
   * new repository into place and a later {@code clean}. The store is cleaned explicitly instead.
   */
  static void disableAutoGc(Repository repo) throws IOException {
    StoredConfig config = repo.getConfig();
    if (config.getInt("gc", "auto", -1) != 0 || config.getInt("gc", "autopacklimit", -1) != 0) {
      config.setInt("gc", null, "auto", 0);
      config.setInt("gc", null, "autopacklimit", 0);
      config.setBoolean("gc", null, "autodetach", false);
      config.save();
    }
  }

  /** Renames a finished repository to {@code target}, replacing whatever is there. */
  static void moveIntoPlace(Path tmp, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      Path old = tmp.resolveSibling(tmp.getFileName() + ".old");
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      SafeDelete.quietly(old);
    }
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("store/tmp and store/repos must be on the same file system", e);
    }
  }

  static void deleteQuietly(Path dir) {
    SafeDelete.quietly(dir);
  }
}
