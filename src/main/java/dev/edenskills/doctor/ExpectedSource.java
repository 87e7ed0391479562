package dev.edenskills.doctor;

import dev.edenskills.lock.LockEntry;
import dev.edenskills.resolve.ResolvedSkill;
import dev.edenskills.source.RepoLocation;
import dev.edenskills.source.Snapshot;
import dev.edenskills.source.SnapshotStore;
import dev.edenskills.source.StoreLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a configured skill's installs should come from, judged offline from the lock and the store:
 * the locked commit's snapshot (remote), the directory itself (local), or nothing yet.
 *
 * @param dir the directory targets should hold or point to (a placeholder when never synced)
 * @param contentHash the lock's hash of that tree, when the lock pins this very source
 * @param missing why {@code dir} is not on disk; empty when it is
 * @param restorable true when the snapshot of a locked commit is what is missing
 * @param fix what to do when it is missing
 */
record ExpectedSource(
    Path dir,
    Optional<String> contentHash,
    Optional<String> missing,
    boolean restorable,
    String fix) {
  static final String NOT_SYNCED = "<not synced>";
  private static final String RESTORE =
      "run `eden-skills repair` to restore it from its repository";

  boolean present() {
    return missing.isEmpty();
  }

  static ExpectedSource of(ResolvedSkill skill, StoreLayout layout, SnapshotStore snapshots) {
    String subpath = skill.spec().source().subpath();
    return switch (skill.location()) {
      case RepoLocation.Local local -> {
        Path dir = local.dir().resolve(subpath).normalize();
        yield new ExpectedSource(
            dir,
            Optional.empty(),
            Files.isDirectory(dir)
                ? Optional.empty()
                : Optional.of("local directory " + dir + " does not exist"),
            false,
            "create it, or fix the skill's repo/subpath in the config");
      }
      case RepoLocation.Remote remote -> remote(skill, remote, subpath, layout, snapshots);
    };
  }

  private static ExpectedSource remote(
      ResolvedSkill skill,
      RepoLocation.Remote remote,
      String subpath,
      StoreLayout layout,
      SnapshotStore snapshots) {
    if (!skill.lockMatches()) {
      return new ExpectedSource(
          layout.snapshotsDir(remote.key()).resolve(NOT_SYNCED).resolve(subpath).normalize(),
          Optional.empty(),
          Optional.of(
              "not synced for its current source (ref " + skill.spec().source().ref() + ") yet"),
          false,
          "run `eden-skills apply` (or repair) to sync it");
    }
    LockEntry locked = skill.locked().orElseThrow();
    Optional<String> hash = Optional.of(locked.contentHash()).filter(h -> !h.isEmpty());
    String commit = locked.commit();
    // Looked up once: each lookup reads the snapshot's metadata file.
    Optional<Snapshot> existing = snapshots.existing(remote.key(), commit);
    Path snapshot = existing.map(s -> s.dir()).orElse(layout.snapshotDir(remote.key(), commit));
    Path dir = snapshot.resolve(subpath).normalize();
    if (existing.isEmpty()) {
      return new ExpectedSource(
          dir,
          hash,
          Optional.of(
              "snapshot of "
                  + commit.substring(0, 12)
                  + " is missing from the store ("
                  + snapshot
                  + ")"),
          true,
          RESTORE);
    }
    Optional<String> missing =
        Files.isDirectory(dir)
            ? Optional.empty()
            : Optional.of("subpath " + subpath + " is missing from the snapshot " + snapshot);
    return new ExpectedSource(
        dir, hash, missing, false, "check the skill's subpath in the config, then run repair");
  }
}
