package dev.edenskills.maintain;

import dev.edenskills.apply.ApplyResult;
import java.util.List;

/** {@code update}: the apply run it made and, per skill in config order, old → new commits. */
public record UpdateResult(ApplyResult apply, List<SkillChange> changes) {
  public UpdateResult {
    changes = List.copyOf(changes);
  }

  /** Counts per status, for the summary line and JSON. */
  public record Summary(int updated, int unchanged, int installed, int failed) {
    public String render() {
      return "update: updated=%d unchanged=%d installed=%d failed=%d"
          .formatted(updated, unchanged, installed, failed);
    }
  }

  public Summary summary() {
    return new Summary(
        count(SkillChange.Status.UPDATED),
        count(SkillChange.Status.UNCHANGED),
        count(SkillChange.Status.INSTALLED),
        count(SkillChange.Status.FAILED));
  }

  private int count(SkillChange.Status status) {
    return (int) changes.stream().filter(c -> c.status() == status).count();
  }
}
