package dev.edenskills.reactor;

/**
 * One unit of Phase A work (one repository), run on its own virtual thread. It may block (JGit) and
 * must answer interruption, which is how a timeout or Ctrl-C stops it.
 *
 * @param <T> what the task produces on success
 */
public interface SourceTask<T> {
  /** A short name for progress and diagnostics, e.g. the repository URL. */
  String name();

  /** The stage the task starts in (a repository not yet in the store starts in CLONE). */
  Stage initialStage();

  T run(TaskContext context) throws Exception;
}
