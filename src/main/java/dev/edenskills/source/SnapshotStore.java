package dev.edenskills.source;

import dev.edenskills.common.AtomicFiles;
import dev.edenskills.common.SafeDelete;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Snapshots in the store: the tree of one commit written read-only to {@code
 * snapshots/<key>/<commit>/}, built in {@code store/tmp} and renamed into place, so a snapshot that
 * exists is always complete. Symlinks that leave the repository are never written; their paths are
 * kept in {@code snapshots/<key>/<commit>.rejected} so a later run reusing the snapshot knows.
 */
public final class SnapshotStore {
  private static final String REJECTED_SUFFIX = ".rejected";
  private static final String HEADER = "# eden-skills: symlinks not materialized (outside repo)";

  private final StoreLayout layout;

  public SnapshotStore(StoreLayout layout) {
    this.layout = layout;
  }

  /** The snapshot of {@code commit} if it is complete in the store. */
  public Optional<Snapshot> existing(String key, String commit) {
    Path dir = layout.snapshotDir(key, commit);
    Path meta = rejectedFile(dir);
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(meta)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Snapshot(commit, dir, readRejected(meta)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Writes the tree of {@code commit} from {@code bareRepo} into the store, or returns the snapshot
   * already there.
   *
   * @throws SyncFailure at stage MATERIALIZE when the commit is missing or writing fails
   * @throws InterruptedException when the thread is interrupted; nothing partial is left
   */
  public Snapshot materialize(Path bareRepo, String key, String commit)
      throws SyncFailure, InterruptedException {
    Optional<Snapshot> done = existing(key, commit);
    if (done.isPresent()) {
      return done.get();
    }
    Path target = layout.snapshotDir(key, commit);
    Path tmp = null;
    try (Repository repo =
            new FileRepositoryBuilder().setGitDir(bareRepo.toFile()).setBare().build();
        RevWalk walk = new RevWalk(repo)) {
      RevCommit c = walk.parseCommit(ObjectId.fromString(commit));
      Files.createDirectories(layout.tmpDir());
      tmp = Files.createTempDirectory(layout.tmpDir(), "snapshot-" + key + "-");
      List<String> rejected = new TreeWriter(repo, tmp).write(c.getTree());
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        // Left by a run that stopped between the rename and the metadata: its tree is complete.
        writeRejected(rejectedFile(target), rejected);
        return new Snapshot(commit, target, rejected);
      }
      Files.createDirectories(target.getParent());
      writeRejected(rejectedFile(target), rejected);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        tmp = null;
      } catch (IOException e) {
        // Another thread finished the same commit first (rename onto a non-empty directory fails,
        // with ENOTEMPTY or EEXIST depending on the OS); theirs is identical.
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
          throw e;
        }
      }
      TreeWriter.makeReadOnly(target);
      return new Snapshot(commit, target, rejected);
    } catch (MissingObjectException e) {
      throw new SyncFailure(
          SyncStage.MATERIALIZE, "commit " + commit + " is not in the repository " + bareRepo, e);
    } catch (IOException | UncheckedIOException | JGitInternalException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw interrupted(e);
      }
      throw new SyncFailure(
          SyncStage.MATERIALIZE, "cannot write snapshot of " + commit + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // Not the disk's nor git's: a bug, unless an interrupt is how the write gave up.
      if (Thread.currentThread().isInterrupted()) {
        throw interrupted(e);
      }
      throw e;
    } finally {
      if (tmp != null) {
        SafeDelete.quietly(tmp);
      }
    }
  }

  /**
   * True when {@code subpath} ("." for the whole repo) contains a rejected symlink, or is reached
   * through one: a skill there cannot be installed from this snapshot (CONTRACT §8).
   */
  public static boolean containsRejected(Snapshot snapshot, String subpath) {
    String sub = normalize(subpath);
    for (String link : snapshot.rejectedSymlinks()) {
      if (sub.isEmpty() || link.equals(sub) || link.startsWith(sub + "/")) {
        return true;
      }
      if (sub.startsWith(link + "/")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Deletes a snapshot (or any store tree) the tool made read-only, restoring write permission
   * first, and its rejected-symlink record. Never follows symlinks out of the tree.
   */
  public void delete(Path snapshotDir) throws IOException {
    SafeDelete.tree(snapshotDir);
    Files.deleteIfExists(rejectedFile(snapshotDir));
  }

  /**
   * Moves the snapshot of {@code commit} and its record into {@code store/tmp}, so the store no
   * longer trusts it and the next materialize writes it again from the repository; for a snapshot
   * found damaged (a file its links point to is gone). Only for a caller holding the store lock.
   * Returns where it went, for {@link #putBack} or {@link SafeDelete#tree}; empty when there was no
   * snapshot.
   */
  public Optional<Path> setAside(String key, String commit) throws IOException {
    Path dir = layout.snapshotDir(key, commit);
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    Files.createDirectories(layout.tmpDir());
    Path aside = Files.createTempDirectory(layout.tmpDir(), "damaged-" + key + "-");
    Path meta = rejectedFile(dir);
    if (Files.exists(meta, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(meta, aside.resolve("rejected"), StandardCopyOption.ATOMIC_MOVE);
    }
    // Moving a directory to another parent rewrites its "..": it needs to be writable.
    dir.toFile().setWritable(true, true);
    Files.move(dir, aside.resolve("tree"), StandardCopyOption.ATOMIC_MOVE);
    return Optional.of(aside);
  }

  /** Undoes {@link #setAside} when no new snapshot took its place; deletes it otherwise. */
  public void putBack(Path aside, String key, String commit) throws IOException {
    Path dir = layout.snapshotDir(key, commit);
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(aside.resolve("tree"), dir, StandardCopyOption.ATOMIC_MOVE);
      TreeWriter.makeReadOnly(dir);
      Path meta = aside.resolve("rejected");
      if (Files.exists(meta, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(meta, rejectedFile(dir), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    SafeDelete.tree(aside);
  }

  /**
   * Everything in {@code store/tmp}: half-built clones and snapshots, stale whenever the store lock
   * is held (no live run is using them). Sorted; empty when there is no such directory.
   */
  public List<Path> tempEntries() {
    Path tmp = layout.tmpDir();
    if (!Files.isDirectory(tmp, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    try (java.util.stream.Stream<Path> entries = Files.list(tmp)) {
      return entries.sorted().toList();
    } catch (IOException e) {
      return List.of(); // an unreadable store/tmp is reported by the commands that need it
    }
  }

  private static Path rejectedFile(Path snapshotDir) {
    return snapshotDir.resolveSibling(snapshotDir.getFileName() + REJECTED_SUFFIX);
  }

  private static InterruptedException interrupted(Exception cause) {
    InterruptedException e = new InterruptedException("interrupted while writing a snapshot");
    e.initCause(cause);
    return e;
  }

  private static String normalize(String subpath) {
    String s = subpath.replace('\\', '/');
    while (s.startsWith("./")) {
      s = s.substring(2);
    }
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.equals(".") ? "" : s;
  }

  private static void writeRejected(Path file, List<String> rejected) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (String path : rejected) {
      text.append(path.replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
    }
    AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> readRejected(Path file) throws IOException {
    List<String> paths = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      StringBuilder path = new StringBuilder();
      for (int i = 0; i < line.length(); i++) {
        char ch = line.charAt(i);
        if (ch == '\\' && i + 1 < line.length()) {
          char next = line.charAt(++i);
          path.append(next == 'n' ? '\n' : next);
        } else {
          path.append(ch);
        }
      }
      paths.add(path.toString());
    }
    return List.copyOf(paths);
  }
}
