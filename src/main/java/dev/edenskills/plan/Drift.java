package dev.edenskills.plan;

import dev.edenskills.adapter.TargetState;
import dev.edenskills.config.InstallMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How an install differs from what the config asks for, named by the doctor finding codes of
 * CONTRACT §8. Doctor maps these to findings; repair re-runs the plan for them.
 */
public enum Drift {
  TARGET_MISSING,
  BROKEN_SYMLINK,
  TARGET_MISMATCH,
  SOURCE_MISSING,
  CONTENT_DRIFT,
  UNMANAGED_TARGET;

  /** The stable finding code, e.g. {@code BROKEN_SYMLINK}. */
  public String code() {
    return name();
  }

  /**
   * Every drift between {@code desired} and {@code observed}, in enum order; empty when the target
   * is as it should be. {@code sourceExists} is whether the source directory is on disk.
   */
  public static List<Drift> find(Desired desired, TargetState observed, boolean sourceExists) {
    List<Drift> out = new ArrayList<>();
    switch (observed) {
      case TargetState.Absent a -> out.add(TARGET_MISSING);
      case TargetState.Foreign f -> out.add(UNMANAGED_TARGET);
      case TargetState.Symlink s when !s.owned() -> out.add(UNMANAGED_TARGET);
      case TargetState.Symlink s -> {
        if (!s.resolves()) {
          out.add(BROKEN_SYMLINK);
        }
        if (desired.mode() != InstallMode.SYMLINK || !s.pointsTo().equals(desired.source())) {
          out.add(TARGET_MISMATCH);
        }
      }
      case TargetState.ManagedCopy c -> {
        if (desired.mode() != InstallMode.COPY) {
          out.add(TARGET_MISMATCH);
        }
        boolean stale = desired.expectedHash().map(h -> !h.equals(c.currentHash())).orElse(false);
        if (c.edited() || stale) {
          out.add(CONTENT_DRIFT);
        }
      }
    }
    if (!sourceExists) {
      out.add(SOURCE_MISSING);
    }
    out.sort(null);
    return List.copyOf(out);
  }
}
