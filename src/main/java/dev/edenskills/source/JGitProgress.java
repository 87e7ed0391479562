package dev.edenskills.source;

import org.eclipse.jgit.lib.ProgressMonitor;

/**
 * Forwards JGit's progress ("Receiving objects" 120 of 400) to a task's context, at most once per
 * percent, and tells JGit to stop when the thread is interrupted.
 */
final class JGitProgress implements ProgressMonitor {
  private final SyncProgress ctx;
  private String task = "";
  private int total;
  private int done;
  private int lastReported = -1;

  JGitProgress(SyncProgress ctx) {
    this.ctx = ctx;
  }

  @Override
  public void start(int totalTasks) {}

  @Override
  public void beginTask(String title, int totalWork) {
    task = title;
    total = totalWork == UNKNOWN ? 0 : totalWork;
    done = 0;
    lastReported = -1;
    ctx.progress(task, 0, total);
  }

  @Override
  public void update(int completed) {
    done += completed;
    int mark = total > 0 ? (int) (100L * done / total) : done / 256;
    if (mark != lastReported) {
      lastReported = mark;
      ctx.progress(task, done, total);
    }
  }

  @Override
  public void endTask() {
    ctx.progress(task, total > 0 ? total : done, total);
  }

  @Override
  public boolean isCancelled() {
    return Thread.currentThread().isInterrupted();
  }

  @Override
  public void showDuration(boolean enabled) {}
}
