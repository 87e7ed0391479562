package dev.edenskills.config;

import dev.edenskills.common.ErrorCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with a config while reading it, so every error is reported in one run. An
 * error found while reading a field hides later, derived complaints about the same field (a missing
 * {@code id} is not also an invalid one).
 */
final class Issues {
  private final boolean strict;
  private final List<ConfigIssue> errors = new ArrayList<>();
  private final List<ConfigIssue> warnings = new ArrayList<>();

  Issues(boolean strict) {
    this.strict = strict;
  }

  void error(ErrorCode code, String field, String message) {
    if (!coveredByEarlier(field)) {
      errors.add(new ConfigIssue(code, field, message));
    }
  }

  void addAll(List<ConfigIssue> found) {
    found.forEach(i -> error(i.code(), i.field(), i.message()));
  }

  /** Unknown keys are warnings, and errors with {@code --strict}. */
  void unknownKey(String field, String key) {
    String message =
        "unknown key '" + key + "'" + (strict ? "" : " (ignored; --strict makes this an error)");
    (strict ? errors : warnings).add(new ConfigIssue(ErrorCode.UNKNOWN_KEY, field, message));
  }

  List<ConfigIssue> errors() {
    return List.copyOf(errors);
  }

  List<ConfigIssue> warnings() {
    return List.copyOf(warnings);
  }

  private boolean coveredByEarlier(String field) {
    for (ConfigIssue e : errors) {
      String f = e.field();
      if (!f.isEmpty()
          && (field.equals(f) || field.startsWith(f + ".") || field.startsWith(f + "["))) {
        return true;
      }
    }
    return false;
  }
}
