package dev.edenskills.adapter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a directory tree (CONTRACT §9 {@code content_hash}): sorted relative paths with '/'
 * separators, each entry's kind (directory, file, executable file, link) and each file's bytes,
 * streamed.
 *
 * <p>A symlink that stays inside the tree counts as what it points to, so a source directory, a
 * symlink install of it and a copy of it hash the same; a link that cannot be followed safely
 * counts as its link text. The tool's copy marker ({@link ManagedMarker#FILE_NAME}) is excluded.
 */
public final class TreeHash {
  /** Every hash starts with this, the format's name; a new format gets a new name. */
  public static final String PREFIX = "sha256:";

  private static final byte[] FORMAT = "eden-skills-tree-v1\0".getBytes(StandardCharsets.UTF_8);

  private TreeHash() {}

  /**
   * The hash of the tree under {@code dir} as {@code sha256:<64 hex>}.
   *
   * @throws IOException when {@code dir} is not a readable directory
   */
  public static String of(Path dir) throws IOException {
    return of(dir, dir);
  }

  /**
   * As {@link #of(Path)}, following links that resolve inside {@code boundary} as what they point
   * to, exactly as a copy made with the same boundary holds them.
   */
  public static String of(Path dir, Path boundary) throws IOException {
    MessageDigest tree = sha256();
    MessageDigest file = sha256();
    tree.update(FORMAT);
    byte[] buffer = new byte[64 * 1024];
    for (TreeEntries.Entry e : TreeEntries.of(dir, boundary)) {
      tree.update(tag(e.kind()));
      tree.update(e.relative().getBytes(StandardCharsets.UTF_8));
      tree.update((byte) 0);
      switch (e.kind()) {
        case DIRECTORY -> {}
        case FILE, EXECUTABLE_FILE -> {
          file.reset();
          try (InputStream in = Files.newInputStream(e.path())) {
            for (int n; (n = in.read(buffer)) > 0; ) {
              file.update(buffer, 0, n);
            }
          }
          tree.update(file.digest());
        }
        case LINK, UNSAFE_LINK, SPECIAL -> {
          tree.update(e.linkText().getBytes(StandardCharsets.UTF_8));
          tree.update((byte) 0);
        }
      }
    }
    return PREFIX + HexFormat.of().formatHex(tree.digest());
  }

  private static byte tag(TreeEntries.Kind kind) {
    return switch (kind) {
      case DIRECTORY -> 'd';
      case FILE -> 'f';
      case EXECUTABLE_FILE -> 'x';
      case LINK, UNSAFE_LINK -> 'l';
      case SPECIAL -> 's';
    };
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
