package dev.edenskills.doctor;

import dev.edenskills.common.SafeDelete;
import dev.edenskills.resolve.ResolvedSkill;
import dev.edenskills.source.SnapshotStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Repair's handling of snapshots a skill cannot be read from ({@link SnapshotRestore#damaged}):
 * each is moved aside so the restore that follows writes it again from the repository; afterwards
 * the old tree is deleted, or put back when no new snapshot replaced it (a failed fetch), so repair
 * never leaves less than it found.
 */
final class DamagedSnapshots {
  private record Aside(String key, String commit, Path where) {}

  private final SnapshotStore snapshots;
  private final List<Aside> aside;

  private DamagedSnapshots(SnapshotStore snapshots, List<Aside> aside) {
    this.snapshots = snapshots;
    this.aside = aside;
  }

  /** Moves every damaged locked snapshot aside; a move that fails is reported and skipped. */
  static DamagedSnapshots setAside(
      List<ResolvedSkill> skills, SnapshotStore snapshots, List<RepairStep> steps) {
    List<Aside> moved = new ArrayList<>();
    for (Map.Entry<String, Set<String>> repo :
        SnapshotRestore.damaged(skills, snapshots).entrySet()) {
      for (String commit : repo.getValue()) {
        try {
          Optional<Path> where = snapshots.setAside(repo.getKey(), commit);
          where.ifPresent(w -> moved.add(new Aside(repo.getKey(), commit, w)));
        } catch (IOException e) {
          steps.add(
              RepairStep.failed(
                  RepairStep.Kind.SET_ASIDE_SNAPSHOT,
                  repo.getKey() + " at " + commit.substring(0, 7),
                  e.getMessage()));
        }
      }
    }
    return new DamagedSnapshots(snapshots, moved);
  }

  /** Deletes each old tree a new snapshot replaced; puts back the others. */
  void settle(List<RepairStep> steps) {
    for (Aside a : aside) {
      String what = a.key() + " at " + a.commit().substring(0, 7);
      try {
        boolean replaced = snapshots.existing(a.key(), a.commit()).isPresent();
        if (replaced) {
          SafeDelete.tree(a.where());
          steps.add(RepairStep.done(RepairStep.Kind.REWRITE_SNAPSHOT, what));
        } else {
          snapshots.putBack(a.where(), a.key(), a.commit());
        }
      } catch (IOException e) {
        steps.add(RepairStep.failed(RepairStep.Kind.REWRITE_SNAPSHOT, what, e.getMessage()));
      }
    }
  }
}
