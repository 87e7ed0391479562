package dev.edenskills.doctor;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing doctor noticed: its code, the skill and target it concerns (absent for store-wide
 * findings such as a stale temp in the store), what is wrong and what to do.
 */
public record Finding(
    FindingCode code,
    Optional<String> skillId,
    Optional<Path> targetPath,
    String message,
    String remediation) {
  public Finding {
    Objects.requireNonNull(code);
    Objects.requireNonNull(message);
    Objects.requireNonNull(remediation);
  }

  /** A finding about {@code skillId} at {@code target}, with the code's default remediation. */
  public static Finding at(FindingCode code, String skillId, Path target, String message) {
    return new Finding(
        code, Optional.of(skillId), Optional.of(target), message, code.remediation());
  }

  /** A finding about a whole skill (no single target). */
  public static Finding skill(FindingCode code, String skillId, String message) {
    return new Finding(code, Optional.of(skillId), Optional.empty(), message, code.remediation());
  }

  public Severity severity() {
    return code.severity();
  }

  public boolean isError() {
    return severity() == Severity.ERROR;
  }
}
