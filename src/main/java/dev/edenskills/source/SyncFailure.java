package dev.edenskills.source;

/**
 * Getting a source failed for a reason the user can act on (the repository or ref is missing, the
 * network or the disk failed): the stage, one line, and what git or the file system threw. Anything
 * else a fetch throws is a bug, and is left to propagate as such.
 */
public final class SyncFailure extends Exception {
  private static final long serialVersionUID = 1L;

  private final SyncStage stage;

  public SyncFailure(SyncStage stage, String detail) {
    super(detail);
    this.stage = stage;
  }

  public SyncFailure(SyncStage stage, String detail, Throwable cause) {
    super(detail, cause);
    this.stage = stage;
  }

  public SyncStage stage() {
    return stage;
  }

  public String detail() {
    return getMessage();
  }
}
