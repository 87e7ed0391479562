package dev.edenskills.common;

import java.util.Objects;

/**
 * A failure the user can understand and act on: a stable code, what went wrong and what to do.
 *
 * <p>Thrown anywhere below the CLI; {@code Main} renders it ({@code error[CODE] message} plus the
 * hint) and maps it to its exit code in one place. Never shows a stack trace unless verbose. The
 * exit code is the code's own ({@link ErrorCode#exit()}), so one code never exits two ways.
 */
public class Problem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode errorCode;
  private final String hint;

  public Problem(ErrorCode code, String message, String hint) {
    this(code, message, hint, null);
  }

  public Problem(ErrorCode code, String message, String hint, Throwable cause) {
    super(message, cause);
    this.errorCode = Objects.requireNonNull(code);
    this.hint = hint == null ? "" : hint;
  }

  /**
   * A usage or configuration problem (exit 2); {@code code} must be one of exit 2
   * (ProblemCallSitesTest reads every call).
   */
  public static Problem usage(ErrorCode code, String message, String hint) {
    return new Problem(code, message, hint);
  }

  /** A runtime problem (exit 1); {@code code} must be one of exit 1. */
  public static Problem runtime(ErrorCode code, String message, String hint) {
    return new Problem(code, message, hint);
  }

  /** A runtime problem caused by an exception (exit 1); {@code code} must be one of exit 1. */
  public static Problem runtime(ErrorCode code, String message, String hint, Throwable cause) {
    return new Problem(code, message, hint, cause);
  }

  /** Stable machine-readable code, e.g. {@code CONFIG_NOT_FOUND}. */
  public String code() {
    return errorCode.id();
  }

  public ErrorCode errorCode() {
    return errorCode;
  }

  /** What the user should do next; may be empty. */
  public String hint() {
    return hint;
  }

  public ExitCode exitCode() {
    return errorCode.exit();
  }
}
