package dev.edenskills.lock;

import static dev.edenskills.common.TomlStrings.quote;

import dev.edenskills.common.AtomicFiles;
import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import dev.edenskills.common.StrictUtf8;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads and writes skills.lock (CONTRACT §9): tolerant reads, atomic deterministic writes. */
public final class LockStore {
  /** The lock format this build reads and writes. */
  public static final int VERSION = 1;

  /** Larger than any real lock; a bigger file is not ours and is not worth reading. */
  static final long MAX_BYTES = 16L * 1024 * 1024;

  private LockStore() {}

  /** Reads {@code file}; never throws, whatever the file holds. */
  public static LockRead read(Path file) {
    byte[] bytes;
    try {
      if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
        return new LockRead.Unusable("lock file is larger than " + MAX_BYTES + " bytes");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return new LockRead.Missing("no lock file at " + file);
    } catch (IOException | RuntimeException e) {
      return new LockRead.Unusable("cannot read lock file: " + e.getMessage());
    }
    Optional<String> text = StrictUtf8.decode(bytes);
    if (text.isEmpty()) {
      return new LockRead.Unusable("lock file is not UTF-8 text");
    }
    return parse(text.get());
  }

  /** Parses lock text; never throws. */
  public static LockRead parse(String text) {
    return LockParser.parse(text);
  }

  /** Writes {@code lock} atomically: same lock, same bytes. */
  public static void write(Path file, LockFile lock) throws IOException {
    AtomicFiles.writeString(file, render(lock));
  }

  /**
   * {@link #write}, failing as {@code LOCK_WRITE_FAILED} (exit 1) with {@code hint}: what the
   * caller's work left done or undone.
   */
  public static void save(Path file, LockFile lock, String hint) {
    try {
      write(file, lock);
    } catch (IOException e) {
      throw Problem.runtime(
          ErrorCode.LOCK_WRITE_FAILED, "cannot write " + file + ": " + e.getMessage(), hint, e);
    }
  }

  /** The exact text {@link #write} writes: {@code version = 1}, then entries sorted by id. */
  public static String render(LockFile lock) {
    StringBuilder out = new StringBuilder();
    out.append("# Written by eden-skills; do not edit. Deleting it forces a full reconcile.\n");
    out.append("version = ").append(VERSION).append('\n');
    for (LockEntry e : lock.normalized().skills()) {
      out.append("\n[[skills]]\n");
      field(out, "id", e.id());
      field(out, "repo", e.repo());
      field(out, "ref", e.ref());
      if (!e.branch().isEmpty()) {
        field(out, "branch", e.branch());
      }
      field(out, "subpath", e.subpath());
      if (e.registry().isPresent()) {
        field(out, "registry", e.registry().get().registry());
        field(out, "name", e.registry().get().name());
        field(out, "version", e.registry().get().version());
      }
      field(out, "commit", e.commit());
      field(out, "mode", e.mode());
      field(out, "content_hash", e.contentHash());
      field(out, "installed_at", e.installedAt());
      for (LockTarget t : e.targets()) {
        out.append("\n[[skills.targets]]\n");
        field(out, "agent", t.agent());
        field(out, "path", t.path());
      }
    }
    return out.toString();
  }

  private static void field(StringBuilder out, String key, String value) {
    out.append(key).append(" = ").append(quote(value)).append('\n');
  }
}
