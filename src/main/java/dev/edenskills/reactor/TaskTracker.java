package dev.edenskills.reactor;

import dev.edenskills.reactor.ProgressEvent.RepoProgress;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The {@link TaskContext} of one running task: remembers its stage and turns reports into events.
 */
final class TaskTracker implements TaskContext {
  private final String name;
  private final Clock clock;
  private final Consumer<ProgressEvent> emit;
  private volatile Stage stage;

  TaskTracker(String name, Stage initial, Clock clock, Consumer<ProgressEvent> emit) {
    this.name = name;
    this.stage = Objects.requireNonNull(initial);
    this.clock = clock;
    this.emit = emit;
  }

  @Override
  public void stage(Stage next) {
    stage = Objects.requireNonNull(next);
    emit.accept(new RepoProgress(clock.instant(), name, next, next.id(), 0, 0));
  }

  @Override
  public void progress(String what, int done, int total) {
    emit.accept(new RepoProgress(clock.instant(), name, stage, what, done, total));
  }

  Stage current() {
    return stage;
  }
}
