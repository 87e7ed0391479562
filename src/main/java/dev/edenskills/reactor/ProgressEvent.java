package dev.edenskills.reactor;

import java.time.Duration;
import java.time.Instant;

/**
 * What happens during a run, as a stream of events; the renderer decides what a terminal, a CI log
 * or {@code --json} shows. Each carries the instant it happened (for ordering checks).
 */
public sealed interface ProgressEvent {
  Instant at();

  /** Phase A starts with {@code tasks} repositories to sync. */
  record PhaseAStarted(Instant at, int tasks, int concurrency) implements ProgressEvent {}

  /** A task got its permit and started. */
  record RepoStarted(Instant at, String name) implements ProgressEvent {}

  /** A task moved to another stage or reported progress within it. */
  record RepoProgress(Instant at, String name, Stage stage, String what, int done, int total)
      implements ProgressEvent {}

  /** A task ended. {@code failure} is empty on success. */
  record RepoFinished(Instant at, String name, boolean ok, String summary, Duration elapsed)
      implements ProgressEvent {}

  /** The barrier: every Phase A task has ended. */
  record PhaseAFinished(Instant at, Duration elapsed) implements ProgressEvent {}

  /** Phase B is about to mutate (or inspect) one target. */
  record PhaseBAction(Instant at, String skillId, String targetPath, String action)
      implements ProgressEvent {}
}
