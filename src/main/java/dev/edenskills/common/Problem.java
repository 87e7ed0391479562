package dev.edenskills.common;

import java.util.Objects;

/**
 * A failure the user can understand and act on: a stable code, what went wrong and what to do.
 *
 * <p>Thrown anywhere below the CLI; {@code Main} renders it ({@code error[CODE] message} plus the
 * hint) and maps it to its exit code in one place. Never shows a stack trace unless verbose.
 */
public class Problem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final String hint;
  private final ExitCode exitCode;

  public Problem(String code, String message, String hint, ExitCode exitCode) {
    this(code, message, hint, exitCode, null);
  }

  public Problem(String code, String message, String hint, ExitCode exitCode, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code);
    this.hint = hint == null ? "" : hint;
    this.exitCode = Objects.requireNonNull(exitCode);
  }

  /** A usage or configuration problem (exit 2). */
  public static Problem usage(String code, String message, String hint) {
    return new Problem(code, message, hint, ExitCode.USAGE);
  }

  /** A runtime problem (exit 1). */
  public static Problem runtime(String code, String message, String hint) {
    return new Problem(code, message, hint, ExitCode.FAILURE);
  }

  /** A runtime problem caused by an exception (exit 1). */
  public static Problem runtime(String code, String message, String hint, Throwable cause) {
    return new Problem(code, message, hint, ExitCode.FAILURE, cause);
  }

  /** Stable machine-readable code, e.g. {@code CONFIG_NOT_FOUND}. */
  public String code() {
    return code;
  }

  /** What the user should do next; may be empty. */
  public String hint() {
    return hint;
  }

  public ExitCode exitCode() {
    return exitCode;
  }
}
