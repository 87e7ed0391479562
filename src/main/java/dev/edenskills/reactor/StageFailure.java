package dev.edenskills.reactor;

/**
 * Thrown by a Phase A task to fail with a known stage and a one-line detail the user can act on.
 * Any other exception is also caught; it is attributed to the task's current stage.
 */
public final class StageFailure extends Exception {
  private static final long serialVersionUID = 1L;

  private final Stage stage;

  public StageFailure(Stage stage, String detail) {
    super(detail);
    this.stage = stage;
  }

  public StageFailure(Stage stage, String detail, Throwable cause) {
    super(detail, cause);
    this.stage = stage;
  }

  public Stage stage() {
    return stage;
  }

  public String detail() {
    return getMessage();
  }
}
