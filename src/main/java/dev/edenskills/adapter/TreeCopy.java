package dev.edenskills.adapter;

import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Copies a skill directory the way {@link TreeHash} sees it: in-tree symlinks are copied as what
 * they point to; links leaving the tree (or looping) and devices are refused, never followed.
 *
 * <p>Permissions follow the source plus owner write, so a copy of a read-only snapshot is still the
 * user's to edit or delete, and executable bits survive.
 */
final class TreeCopy {
  private TreeCopy() {}

  /**
   * Copies everything under {@code source} into the existing, empty directory {@code dest}; links
   * resolving inside {@code boundary} are copied as what they point to.
   */
  static void copy(Path source, Path dest, Path boundary) throws IOException {
    List<TreeEntries.Entry> entries = TreeEntries.of(source, boundary);
    for (TreeEntries.Entry e : entries) {
      if (e.kind() == TreeEntries.Kind.UNSAFE_LINK || e.kind() == TreeEntries.Kind.SPECIAL) {
        throw Problem.runtime(
            ErrorCode.UNSAFE_SOURCE_CONTENT,
            source.resolve(e.relative()) + " " + why(e),
            "copy mode only copies what lies inside the repository; run `eden-skills repair` if"
                + " the store lost a file, or fix the source");
      }
    }
    for (TreeEntries.Entry e : entries) {
      Path to = dest.resolve(e.relative());
      switch (e.kind()) {
        case DIRECTORY -> {
          Files.createDirectory(to);
          copyPermissions(e.path(), to, true);
        }
        case FILE, EXECUTABLE_FILE -> {
          // Files.copy follows in-tree links to their content, which is what a copy must hold
          Files.copy(e.path(), to);
          copyPermissions(e.path(), to, false);
        }
        case LINK -> Files.createSymbolicLink(to, Path.of(e.linkText()));
        case UNSAFE_LINK, SPECIAL -> throw new IllegalStateException("refused above");
      }
    }
    copyPermissions(source, dest, true);
  }

  private static String why(TreeEntries.Entry e) {
    if (e.kind() == TreeEntries.Kind.SPECIAL) {
      return "is not a regular file or directory";
    }
    if (!Files.exists(e.path()) && !Path.of(e.linkText()).isAbsolute()) {
      return "is a symlink to " + e.linkText() + ", which does not exist";
    }
    return "is a symlink leaving the repository (" + e.linkText() + ")";
  }

  private static void copyPermissions(Path from, Path to, boolean directory) throws IOException {
    PosixFileAttributeView src = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    PosixFileAttributeView dst =
        Files.getFileAttributeView(to, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (src == null || dst == null) {
      return;
    }
    Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
    perms.addAll(src.readAttributes().permissions());
    perms.add(PosixFilePermission.OWNER_READ);
    perms.add(PosixFilePermission.OWNER_WRITE);
    if (directory) {
      perms.add(PosixFilePermission.OWNER_EXECUTE);
    }
    dst.setPermissions(perms);
  }
}
