package dev.edenskills.adapter;

import dev.edenskills.common.AtomicFiles;
import dev.edenskills.common.SafeDelete;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Renames a freshly built entry into place beside the old one, in the same directory.
 *
 * <p>A symlink over a symlink or file is one {@code rename(2)}: readers never see the target
 * missing. A directory cannot be renamed over a non-empty directory, nor a link over a directory,
 * so then the old entry is first renamed aside, the new one renamed in, the old one deleted: for
 * the instant between the two renames the target is absent. Both steps are renames in one
 * directory, so a crash leaves either the old or the new entry plus a temp that doctor reports.
 */
final class Swap {
  private Swap() {}

  /** A fresh name {@code <TEMP_PREFIX><id>-<tag>-<random>} in {@code dir} (not created). */
  static Path tempName(Path dir, String id, String tag) {
    return dir.resolve(AtomicFiles.tempName(id, tag));
  }

  /** Creates a symlink to {@code source} under a temp name in {@code dir}. */
  static Path tempLink(Path dir, String id, Path source) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path tmp = tempName(dir, id, "new");
      try {
        return Files.createSymbolicLink(tmp, source);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 10) {
          throw e;
        }
      }
    }
  }

  /**
   * Moves {@code fresh} to {@code target}, replacing whatever is there (already checked to be
   * replaceable by the caller). The replaced entry is deleted last; if that fails it stays as a
   * temp entry, reported by doctor, and the install still counts as done.
   */
  static void into(Path fresh, Path target, String id) throws IOException {
    boolean freshIsDir = Files.isDirectory(fresh, LinkOption.NOFOLLOW_LINKS);
    if (Files.notExists(target, LinkOption.NOFOLLOW_LINKS)) {
      rename(fresh, target, false);
      return;
    }
    boolean oldIsDir = Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS);
    if (!freshIsDir && !oldIsDir) {
      rename(fresh, target, true);
      return;
    }
    Path aside = tempName(target.getParent(), id, "old");
    rename(target, aside, false);
    try {
      rename(fresh, target, false);
    } catch (IOException e) {
      try {
        rename(aside, target, false);
      } catch (IOException restore) {
        e.addSuppressed(restore);
      }
      throw e;
    }
    try {
      SafeDelete.tree(aside);
    } catch (IOException leftOver) {
      // the new entry is in place; the old one is a stale temp for doctor/clean to remove
    }
  }

  /** Takes {@code target} away by renaming it aside, then deletes it without following links. */
  static void remove(Path target, String id) throws IOException {
    Path aside = tempName(target.getParent(), id, "del");
    rename(target, aside, false);
    SafeDelete.tree(aside);
  }

  private static void rename(Path from, Path to, boolean replace) throws IOException {
    try {
      if (replace) {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
          throw new FileAlreadyExistsException(to.toString());
        }
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (AtomicMoveNotSupportedException e) {
      // same directory, so only exotic filesystems get here; a plain move is the best we have
      if (replace) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.move(from, to);
      }
    }
  }
}
