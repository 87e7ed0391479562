package dev.edenskills.config;

import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import java.util.List;

/** The config has errors; all of them are carried, not just the first (exit 2). */
public final class ConfigInvalid extends Problem {
  private static final long serialVersionUID = 1L;

  private final transient List<ConfigIssue> issues;

  public ConfigInvalid(String file, List<ConfigIssue> issues) {
    super(
        issues.size() == 1 ? issues.getFirst().code() : ErrorCode.INVALID_CONFIG,
        file + ": " + issues.size() + (issues.size() == 1 ? " error" : " errors"),
        "fix the fields named above, then run the command again");
    this.issues = List.copyOf(issues);
  }

  public List<ConfigIssue> issues() {
    return issues;
  }
}
