package dev.edenskills.reactor;

/** Receives {@link ProgressEvent}s; called from many virtual threads, so it must be thread-safe. */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = event -> {};

  void on(ProgressEvent event);
}
