package dev.edenskills.installs;

import java.nio.file.Path;
import java.util.List;

/**
 * What uninstalling one locked skill did at its targets: removed (the tool's own install), left
 * (something the tool does not own: never touched) and failed (with the cause). Only a skill with
 * no failure may leave the lock; what was left is not the tool's and needs no retry.
 */
public record Uninstalled(
    String skillId, String repo, List<Path> removed, List<Path> left, List<Failed> failed) {
  public Uninstalled {
    removed = List.copyOf(removed);
    left = List.copyOf(left);
    failed = List.copyOf(failed);
  }

  /** A target that could not be uninstalled, and why. */
  public record Failed(Path target, RuntimeException cause) {
    public String message() {
      return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
  }

  /** True when nothing failed, so the lock entry can go. */
  public boolean clean() {
    return failed.isEmpty();
  }
}
