package dev.edenskills.adapter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The entries of a directory tree as a copy of it would hold them, sorted by relative path.
 *
 * <p>Shared by {@link TreeHash} and the copy installer so a source, a symlink to it and a copy of
 * it hash the same: a symlink that resolves inside the tree is seen as what it points to; anything
 * else (a link leaving the tree, a cycle, a broken link, a device) is reported as such and never
 * followed. The tool's copy marker at the top level is left out.
 */
final class TreeEntries {

  /** What an entry is, from the point of view of a copy. */
  enum Kind {
    DIRECTORY,
    FILE,
    EXECUTABLE_FILE,
    /** A broken link whose text stays inside the tree: kept as a link. */
    LINK,
    /** A link leaving the tree or forming a cycle: never followed, never copied. */
    UNSAFE_LINK,
    /** A socket, device or pipe: never read. */
    SPECIAL
  }

  /**
   * One entry: its path relative to the root with '/' separators, its kind, the path to read it
   * through (may pass through in-tree links) and, for links, the link text.
   */
  record Entry(String relative, Kind kind, Path path, String linkText) {}

  private TreeEntries() {}

  /** All entries under {@code dir} (which must be a directory; links to it are followed). */
  static List<Entry> of(Path dir) throws IOException {
    return of(dir, dir);
  }

  /**
   * All entries under {@code dir}, following links that resolve inside {@code boundary} (a
   * directory containing {@code dir}, e.g. the repository snapshot a skill lives in: CONTRACT §8
   * has copy mode copy what an in-repository link points to).
   */
  static List<Entry> of(Path dir, Path boundary) throws IOException {
    Path root = dir.toRealPath();
    if (!Files.isDirectory(root)) {
      throw new java.nio.file.NotDirectoryException(dir.toString());
    }
    Path realBoundary = boundary.toRealPath();
    if (!root.startsWith(realBoundary)) {
      realBoundary = root;
    }
    List<Entry> out = new ArrayList<>();
    Set<Path> ancestors = new HashSet<>();
    ancestors.add(root);
    walk(realBoundary, root, "", ancestors, out);
    out.sort(Comparator.comparing(Entry::relative));
    return out;
  }

  private static void walk(
      Path realRoot, Path dir, String prefix, Set<Path> ancestors, List<Entry> out)
      throws IOException {
    List<Path> children;
    try (Stream<Path> s = Files.list(dir)) {
      children = s.toList();
    }
    for (Path child : children) {
      String name = child.getFileName().toString();
      if (prefix.isEmpty() && name.equals(ManagedMarker.FILE_NAME)) {
        continue;
      }
      String rel = prefix + name;
      BasicFileAttributes a =
          Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (a.isSymbolicLink()) {
        link(realRoot, child, prefix, rel, ancestors, out);
      } else if (a.isDirectory()) {
        out.add(new Entry(rel, Kind.DIRECTORY, child, ""));
        Path real = child.toRealPath();
        ancestors.add(real);
        walk(realRoot, child, rel + "/", ancestors, out);
        ancestors.remove(real);
      } else if (a.isRegularFile()) {
        out.add(new Entry(rel, executable(child) ? Kind.EXECUTABLE_FILE : Kind.FILE, child, ""));
      } else {
        out.add(new Entry(rel, Kind.SPECIAL, child, ""));
      }
    }
  }

  private static void link(
      Path realRoot, Path child, String prefix, String rel, Set<Path> ancestors, List<Entry> out)
      throws IOException {
    String text = Files.readSymbolicLink(child).toString();
    Path real;
    try {
      real = child.toRealPath();
    } catch (NoSuchFileException e) {
      Kind kind = staysInside(prefix, text) ? Kind.LINK : Kind.UNSAFE_LINK;
      out.add(new Entry(rel, kind, child, text));
      return;
    } catch (IOException e) {
      // e.g. a link loop (ELOOP): treat like a link that leaves the tree
      out.add(new Entry(rel, Kind.UNSAFE_LINK, child, text));
      return;
    }
    if (!real.startsWith(realRoot) || ancestors.contains(real)) {
      out.add(new Entry(rel, Kind.UNSAFE_LINK, child, text));
      return;
    }
    BasicFileAttributes a = Files.readAttributes(real, BasicFileAttributes.class);
    if (a.isDirectory()) {
      out.add(new Entry(rel, Kind.DIRECTORY, child, ""));
      ancestors.add(real);
      walk(realRoot, child, rel + "/", ancestors, out);
      ancestors.remove(real);
    } else if (a.isRegularFile()) {
      out.add(new Entry(rel, executable(real) ? Kind.EXECUTABLE_FILE : Kind.FILE, child, ""));
    } else {
      out.add(new Entry(rel, Kind.SPECIAL, child, text));
    }
  }

  /** True when link text, read from the entry's place in the tree, does not climb out of it. */
  static boolean staysInside(String prefix, String text) {
    Path t = Path.of(text);
    if (t.isAbsolute() || t.getRoot() != null) {
      return false;
    }
    Path resolved = Path.of("r").resolve(prefix.isEmpty() ? "." : prefix).resolve(t).normalize();
    return resolved.startsWith(Path.of("r"));
  }

  /** Owner-executable on POSIX; never on filesystems without POSIX permissions. */
  static boolean executable(Path file) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (view == null) {
      return false;
    }
    return view.readAttributes().permissions().contains(PosixFilePermission.OWNER_EXECUTE);
  }
}
