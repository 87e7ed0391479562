package dev.edenskills.source;

import dev.edenskills.common.SkillId;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where things live in the store (CONTRACT §2): bare repos, snapshots, safety files, temp dirs and
 * the store lock. Pure path arithmetic; it creates nothing.
 */
public record StoreLayout(Path root) {
  private static final Pattern KEY = Pattern.compile("[a-z0-9._-]+");
  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");

  public StoreLayout {
    root = root.toAbsolutePath().normalize();
  }

  /** {@code <root>/repos} */
  public Path reposDir() {
    return root.resolve("repos");
  }

  /** {@code <root>/repos/<key>.git}: one bare, shallow repository per normalized URL. */
  public Path repoDir(String key) {
    return reposDir().resolve(checkKey(key) + ".git");
  }

  /** {@code <root>/snapshots} */
  public Path snapshotsDir() {
    return root.resolve("snapshots");
  }

  /** {@code <root>/snapshots/<key>} */
  public Path snapshotsDir(String key) {
    return snapshotsDir().resolve(checkKey(key));
  }

  /** {@code <root>/snapshots/<key>/<commit>}: the read-only tree of one commit. */
  public Path snapshotDir(String key, String commit) {
    return snapshotsDir(key).resolve(checkCommit(commit));
  }

  /**
   * How far links in {@code source} may be followed when it is hashed or copied: the snapshot
   * directory it lives in, whose links the store checked when it wrote them (CONTRACT §8), or
   * {@code source} itself when it is not in this store (a live local directory). The one place that
   * reads a snapshot's place from a path; everything else is handed the result.
   */
  public Path boundaryOf(Path source) {
    Path s = source.toAbsolutePath().normalize();
    Path snapshots = snapshotsDir().toAbsolutePath().normalize();
    int depth = snapshots.getNameCount();
    if (s.startsWith(snapshots) && s.getNameCount() >= depth + 2) {
      return snapshots.resolve(s.subpath(depth, depth + 2)); // <key>/<commit>
    }
    return s;
  }

  /** {@code <root>/safety} */
  public Path safetyDir() {
    return root.resolve("safety");
  }

  /** {@code <root>/safety/<skill id>.toml} (CONTRACT §8). */
  public Path safetyFile(String skillId) {
    if (!SkillId.isValid(skillId)) {
      throw new IllegalArgumentException("not a skill id: " + skillId);
    }
    return safetyDir().resolve(skillId + ".toml");
  }

  /** {@code <root>/tmp}: staging area for clones and snapshots, renamed into place when done. */
  public Path tmpDir() {
    return root.resolve("tmp");
  }

  /** {@code <root>/.eden.lock}: the OS file lock every mutating command holds. */
  public Path lockFile() {
    return root.resolve(".eden.lock");
  }

  private static String checkKey(String key) {
    // Keys become path segments: never let one climb out of the store.
    if (!KEY.matcher(key).matches() || key.equals(".") || key.equals("..")) {
      throw new IllegalArgumentException("not a repository key: " + key);
    }
    return key;
  }

  private static String checkCommit(String commit) {
    if (!COMMIT.matcher(commit).matches()) {
      throw new IllegalArgumentException("not a full commit id: " + commit);
    }
    return commit;
  }
}
