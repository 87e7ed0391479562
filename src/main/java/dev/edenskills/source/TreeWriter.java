package dev.edenskills.source;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.SystemReader;

/**
 * Writes one git tree into an empty directory: regular files with their executable bit, in-repo
 * symlinks kept relative, escaping symlinks and submodules left out. Nothing is ever written
 * through a symlink: every path component is checked, files are created new, links come last.
 * Afterwards everything below the root is read-only (the root stays writable so it can still be
 * renamed).
 */
final class TreeWriter {
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("r--r--r--");
  private static final Set<PosixFilePermission> EXEC = PosixFilePermissions.fromString("r-xr-xr-x");
  private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("r-xr-xr-x");

  private final Repository repo;
  private final Path root;
  private final Set<Path> dirs = new HashSet<>();

  TreeWriter(Repository repo, Path root) {
    this.repo = repo;
    this.root = root;
    dirs.add(root);
  }

  /** Writes {@code tree}; returns the repo-relative paths of the symlinks it refused, sorted. */
  List<String> write(RevTree tree) throws IOException {
    Map<String, String> links = new LinkedHashMap<>();
    try (TreeWalk walk = new TreeWalk(repo)) {
      walk.addTree(tree);
      walk.setRecursive(true);
      while (walk.next()) {
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedIOException("interrupted");
        }
        // Rejects "..", ".git", "/" and friends in names a hostile tree might carry.
        SystemReader.getInstance().checkPath(walk.getRawPath());
        String path = walk.getPathString();
        FileMode mode = walk.getFileMode(0);
        ObjectId id = walk.getObjectId(0);
        if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
          writeFile(path, id, mode == FileMode.EXECUTABLE_FILE);
        } else if (mode == FileMode.SYMLINK) {
          links.put(path, new String(repo.open(id).getBytes(), StandardCharsets.UTF_8));
        }
        // GITLINK (a submodule) has no content here: skipped.
      }
    }
    List<String> rejected = new ArrayList<>();
    for (Map.Entry<String, String> link : links.entrySet()) {
      if (SymlinkPolicy.staysInside(link.getKey(), links)) {
        Path at = parentDir(link.getKey()).resolve(fileName(link.getKey()));
        Files.createSymbolicLink(at, Path.of(link.getValue()));
      } else {
        rejected.add(link.getKey());
      }
    }
    makeReadOnlyBelow(root);
    return rejected.stream().sorted().toList();
  }

  private void writeFile(String path, ObjectId id, boolean executable) throws IOException {
    Path file = parentDir(path).resolve(fileName(path));
    // CREATE_NEW never follows a symlink and fails on anything already there.
    try (OutputStream out =
        Files.newOutputStream(
            file,
            StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS)) {
      repo.open(id).copyTo(out);
    }
    setPermissions(file, executable ? EXEC : FILE);
  }

  /**
   * Creates the parent directories of {@code path} one by one, refusing anything but plain dirs.
   */
  private Path parentDir(String path) throws IOException {
    Path dir = root;
    String[] parts = path.split("/");
    for (int i = 0; i < parts.length - 1; i++) {
      dir = dir.resolve(parts[i]);
      if (dirs.contains(dir)) {
        continue;
      }
      if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
          throw new IOException("path conflict in tree at " + path);
        }
      } else {
        Files.createDirectory(dir);
      }
      dirs.add(dir);
    }
    return dir;
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** Makes every directory below {@code top} read-only (files already are); {@code top} too. */
  static void makeReadOnly(Path top) throws IOException {
    makeReadOnlyBelow(top);
    setPermissions(top, DIR);
  }

  private static void makeReadOnlyBelow(Path top) throws IOException {
    Files.walkFileTree(
        top,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
            if (exc != null) {
              throw exc;
            }
            if (!dir.equals(top)) {
              setPermissions(dir, DIR);
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static void setPermissions(Path path, Set<PosixFilePermission> perms) throws IOException {
    try {
      Files.setPosixFilePermissions(path, perms);
    } catch (UnsupportedOperationException e) {
      path.toFile().setReadOnly();
    }
  }
}
