package dev.edenskills.common;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Deletes a tree without ever following a symlink out of it (links are deleted, not their targets)
 * and without tripping over read-only files and directories.
 */
public final class SafeDelete {
  private SafeDelete() {}

  /** Deletes {@code path}: a link or file itself, or a directory and everything under it. */
  public static void tree(Path path) throws IOException {
    if (Files.notExists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    // no FOLLOW_LINKS: a link, even to a directory, arrives in visitFile and is unlinked
    Files.walkFileTree(
        path,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            makeWritable(dir, true);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            if (!attrs.isSymbolicLink()) {
              makeWritable(file, false);
            }
            delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
            if (exc != null) {
              throw exc;
            }
            delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** Best-effort {@link #tree}, for cleanup paths that must not mask the real error. */
  public static void quietly(Path path) {
    try {
      tree(path);
    } catch (IOException | RuntimeException e) {
      // left behind for `clean` and doctor's STALE_TEMP
    }
  }

  private static void delete(Path p) throws IOException {
    try {
      Files.delete(p);
    } catch (NoSuchFileException ignored) {
      // already gone: the goal is reached
    }
  }

  /**
   * POSIX needs write+execute on a directory to delete its entries; Windows refuses to delete a
   * file with the read-only attribute. Only real files and directories reach here, never links.
   */
  private static void makeWritable(Path p, boolean directory) throws IOException {
    PosixFileAttributeView posix =
        Files.getFileAttributeView(p, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (posix != null) {
      if (directory) {
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        perms.addAll(posix.readAttributes().permissions());
        if (perms.addAll(
            EnumSet.of(
                PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE))) {
          posix.setPermissions(perms);
        }
      }
      return;
    }
    DosFileAttributeView dos =
        Files.getFileAttributeView(p, DosFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (dos != null && dos.readAttributes().isReadOnly()) {
      dos.setReadOnly(false);
    }
  }
}
