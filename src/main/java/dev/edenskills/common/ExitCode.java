package dev.edenskills.common;

/** Every exit code the CLI can return (CONTRACT §5); the one place they are defined. */
public enum ExitCode {
  /** Success, including a run that had nothing to do. */
  OK(0),
  /** Runtime failure: I/O, git, a skill that failed to sync, install or verify. */
  FAILURE(1),
  /** Usage or configuration error: the user must change the command or the config. */
  USAGE(2),
  /** With {@code --strict}: conflicts or drift were found. */
  STRICT(3),
  /** Interrupted (Ctrl-C); 128 + SIGINT as shells expect. */
  INTERRUPTED(130);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /** The numeric process exit status. */
  public int code() {
    return code;
  }

  /** The more severe of two outcomes, by the precedence of CONTRACT §5. */
  public ExitCode worst(ExitCode other) {
    return rank() >= other.rank() ? this : other;
  }

  private int rank() {
    return switch (this) {
      case OK -> 0;
      case STRICT -> 1;
      case FAILURE -> 2;
      case USAGE -> 3;
      case INTERRUPTED -> 4;
    };
  }
}
