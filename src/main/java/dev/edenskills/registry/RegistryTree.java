package dev.edenskills.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Writes the regular files of one commit of a registry into a directory. An index is plain TOML:
 * symlinks, submodules and executables have no meaning there and are not written, so nothing in a
 * registry can point outside its copy.
 */
final class RegistryTree {
  private RegistryTree() {}

  static void export(Path bareRepo, String commit, Path into) throws IOException {
    try (Repository repo =
            new FileRepositoryBuilder().setGitDir(bareRepo.toFile()).setBare().build();
        RevWalk walk = new RevWalk(repo);
        TreeWalk tree = new TreeWalk(repo)) {
      RevCommit c = walk.parseCommit(ObjectId.fromString(commit));
      tree.addTree(c.getTree());
      tree.setRecursive(true);
      while (tree.next()) {
        if (Thread.currentThread().isInterrupted()) {
          throw new IOException("interrupted");
        }
        if ((tree.getRawMode(0) & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
          continue;
        }
        Path file = into.resolve(tree.getPathString()).normalize();
        if (!file.startsWith(into)) {
          continue;
        }
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
          repo.open(tree.getObjectId(0)).copyTo(out);
        }
      }
    }
  }
}
