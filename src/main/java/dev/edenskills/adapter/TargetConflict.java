package dev.edenskills.adapter;

import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import java.nio.file.Path;

/** The target holds something eden-skills does not own; it was left untouched. */
public final class TargetConflict extends Problem {
  private static final long serialVersionUID = 1L;

  private final String kind;

  public TargetConflict(Path target, TargetState found) {
    super(
        ErrorCode.TARGET_CONFLICT,
        target + ": " + found.describe() + " not managed by eden-skills",
        "move it away, or pass --force to replace it");
    this.kind = found.describe();
  }

  /** What was found: "directory", "file", "symlink", "other". */
  public String kind() {
    return kind;
  }
}
