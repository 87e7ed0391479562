package dev.edenskills.source;

/**
 * Receives where a fetch is and how far it got (JGit's "Receiving objects" 120 of 400), for the
 * live view; called on the fetching thread.
 */
public interface SyncProgress {
  SyncProgress NONE =
      new SyncProgress() {
        @Override
        public void stage(SyncStage stage) {}

        @Override
        public void progress(String what, int done, int total) {}
      };

  /** The fetch entered {@code stage}. */
  void stage(SyncStage stage);

  /** Progress within the current stage. */
  void progress(String what, int done, int total);
}
