package dev.edenskills.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/** Deleting trees the store owns, including read-only snapshots, without following symlinks. */
final class StoreFiles {
  private StoreFiles() {}

  /** Deletes {@code root} and everything under it; a missing root is fine. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      Files.delete(root);
      return;
    }
    makeWritable(root);
    // walkFileTree does not follow links by default: a symlink is deleted, never its target.
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            makeWritable(dir);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
            if (exc instanceof NoSuchFileException) {
              return FileVisitResult.CONTINUE;
            }
            throw exc;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
            if (exc != null) {
              throw exc;
            }
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** Best-effort {@link #deleteTree}, for cleanup paths that must not mask the real error. */
  static void deleteQuietly(Path root) {
    try {
      deleteTree(root);
    } catch (IOException | RuntimeException e) {
      // left for `clean` and doctor's STALE_TEMP
    }
  }

  static void makeWritable(Path dir) throws IOException {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Set<PosixFilePermission> perms =
          EnumSet.copyOf(Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS));
      if (perms.add(PosixFilePermission.OWNER_WRITE)
          | perms.add(PosixFilePermission.OWNER_EXECUTE)) {
        Files.setPosixFilePermissions(dir, perms);
      }
    } catch (UnsupportedOperationException e) {
      dir.toFile().setWritable(true);
    }
  }
}
