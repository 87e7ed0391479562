package dev.edenskills.reactor;

/** Receives {@link ProgressEvent}s; called from many virtual threads, so it must be thread-safe. */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = event -> {};

  void on(ProgressEvent event);

  /**
   * {@code listener}, made safe to call from any work: what it throws is logged (a warning once,
   * the stack with {@code -v}), never propagated. Every place that reports progress calls through
   * one of these; guarding a guarded listener returns it as it is.
   */
  static ProgressListener guarded(ProgressListener listener) {
    return listener instanceof GuardedListener g ? g : new GuardedListener(listener);
  }
}
