package dev.edenskills.reactor;

/**
 * Handed to a running Phase A task: it reports which stage it is in (so an unexpected exception is
 * attributed to it) and progress for the live view.
 */
public interface TaskContext {
  /** The task entered {@code stage}; later failures are attributed to it. */
  void stage(Stage stage);

  /** Progress within the current stage, e.g. JGit's "Receiving objects" 120 of 400. */
  void progress(String what, int done, int total);
}
