package dev.edenskills.config;

import dev.edenskills.common.ErrorCode;

/**
 * One problem found in a config: a stable code (CONTRACT §3), the field path such as {@code
 * skills[1].targets[0].path}, and a message that says what to change.
 */
public record ConfigIssue(ErrorCode code, String field, String message) {
  /** {@code error[CODE] field: message}, the text form of CONTRACT §3. */
  public String render(String severity) {
    return severity + "[" + code.id() + "] " + (field.isEmpty() ? "" : field + ": ") + message;
  }
}
