package dev.edenskills.common;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** Writes files so readers see either the old content or the new, never half of it. */
public final class AtomicFiles {
  /** Prefix of every temporary entry the tool creates beside its targets; doctor looks for it. */
  public static final String TEMP_PREFIX = ".eden-tmp-";

  /**
   * What follows {@code TEMP_PREFIX<owner>-} in a temp name: a target's swap entry ({@code
   * new|old|del} and a random tag) or a file written by {@link #write} (digits and {@code .tmp}).
   */
  private static final Pattern SWAP_TAGS = Pattern.compile("new|old|del");

  private static final Pattern TEMP_TAIL =
      Pattern.compile("(?:new|old|del)-[0-9a-z]+|[0-9]+\\.tmp");

  private AtomicFiles() {}

  /**
   * The one name builder for a target's swap entries: {@code TEMP_PREFIX<owner>-<tag>-<random>},
   * {@code tag} one of {@code new}, {@code old}, {@code del}; {@link #isTempOf} finds every such
   * name, so a leftover is always reported and cleaned.
   */
  public static String tempName(String owner, String tag) {
    if (!SWAP_TAGS.matcher(tag).matches()) {
      throw new IllegalArgumentException("not a swap tag: " + tag);
    }
    String rnd = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
    return TEMP_PREFIX + owner + "-" + tag + "-" + rnd;
  }

  /**
   * The one name filter for temporary entries: true when {@code fileName} is a temp made for {@code
   * owner} (a skill id beside its target, or the file name of an atomically written file).
   */
  public static boolean isTempOf(String fileName, String owner) {
    String head = TEMP_PREFIX + owner + "-";
    return fileName.startsWith(head)
        && TEMP_TAIL.matcher(fileName.substring(head.length())).matches();
  }

  /**
   * Writes {@code text} (UTF-8) to a temp file in the same directory, syncs it, renames it over.
   */
  public static void writeString(Path file, String text) throws IOException {
    write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Byte variant of {@link #writeString}. */
  public static void write(Path file, byte[] bytes) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, TEMP_PREFIX + file.getFileName() + "-", ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ch.write(java.nio.ByteBuffer.wrap(bytes));
        ch.force(true);
      }
      moveReplacing(tmp, file);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Renames {@code from} over {@code to} atomically (same filesystem). */
  public static void moveReplacing(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
