package dev.edenskills.plan;

import dev.edenskills.adapter.TargetState;
import dev.edenskills.config.InstallMode;
import java.nio.file.Path;
import java.util.List;

/**
 * Decides, without touching the disk, what to do at one target given what should be there and what
 * is there (CONTRACT §6 Phase B).
 */
public final class Planner {
  static final String FORCE_REASON = "replacing unmanaged content (--force)";

  private Planner() {}

  /**
   * The action for {@code desired} given the {@code observed} state. {@code force} turns a conflict
   * into an update.
   */
  public static PlanEntry plan(Desired desired, TargetState observed, boolean force) {
    return switch (observed) {
      case TargetState.Absent a -> entry(desired, Action.CREATE, "target missing");
      case TargetState.Symlink s when !s.owned() -> conflict(desired, s, force);
      case TargetState.Foreign f -> conflict(desired, f, force);
      case TargetState.Symlink s ->
          switch (desired.mode()) {
            case COPY -> modeChange(desired, InstallMode.SYMLINK);
            case SYMLINK -> {
              if (!s.resolves()) {
                yield entry(
                    desired, Action.UPDATE, "symlink is broken (points to " + s.pointsTo() + ")");
              }
              if (!s.pointsTo().equals(desired.source())) {
                yield entry(desired, Action.UPDATE, "symlink points to " + s.pointsTo());
              }
              yield entry(desired, Action.NOOP);
            }
          };
      case TargetState.ManagedCopy c ->
          switch (desired.mode()) {
            case SYMLINK -> modeChange(desired, InstallMode.COPY);
            case COPY ->
                desired
                    .expectedHash()
                    .map(
                        h ->
                            h.equals(c.currentHash())
                                ? entry(desired, Action.NOOP)
                                : entry(desired, Action.UPDATE, "content differs"))
                    .orElseGet(() -> entry(desired, Action.UPDATE, "source content hash unknown"));
          };
    };
  }

  /** An orphan (in the lock, gone from the config): remove it, whatever is there. */
  public static PlanEntry remove(String skillId, Path target) {
    return new PlanEntry(
        skillId, "", norm(target), "", Action.REMOVE, List.of("no longer in the config"));
  }

  /**
   * An orphan, judged by what is at its target: nothing there is a noop, something the tool does
   * not own is a conflict (left in place), what it owns is removed.
   */
  public static PlanEntry remove(String skillId, Path target, TargetState observed) {
    if (observed instanceof TargetState.Absent) {
      return new PlanEntry(skillId, "", norm(target), "", Action.NOOP, List.of("already removed"));
    }
    if (!observed.owned()) {
      return new PlanEntry(
          skillId,
          "",
          norm(target),
          "",
          Action.CONFLICT,
          List.of(observed.describe() + " not managed by eden-skills"));
    }
    return remove(skillId, target);
  }

  private static PlanEntry conflict(Desired d, TargetState found, boolean force) {
    String why = found.describe() + " not managed by eden-skills";
    return force
        ? new PlanEntry(
            d.skillId(),
            d.source().toString(),
            d.target().toString(),
            d.mode().id(),
            Action.UPDATE,
            List.of(why, FORCE_REASON))
        : entry(d, Action.CONFLICT, why);
  }

  private static PlanEntry modeChange(Desired d, InstallMode from) {
    return entry(d, Action.UPDATE, "install mode changed: " + from.id() + " -> " + d.mode().id());
  }

  private static PlanEntry entry(Desired d, Action action, String... reasons) {
    return new PlanEntry(
        d.skillId(),
        d.source().toString(),
        d.target().toString(),
        d.mode().id(),
        action,
        List.of(reasons));
  }

  private static String norm(Path p) {
    return p.toAbsolutePath().normalize().toString();
  }
}
