package dev.edenskills.apply;

import dev.edenskills.reactor.SourceTask;
import dev.edenskills.reactor.Stage;
import dev.edenskills.reactor.StageFailure;
import dev.edenskills.reactor.TaskContext;
import dev.edenskills.reactor.TaskResult;
import dev.edenskills.source.SyncFailure;
import dev.edenskills.source.SyncProgress;
import dev.edenskills.source.SyncStage;

/**
 * Where {@code source/} meets the reactor, in one place: its stages, progress and failures become
 * the reactor's. A {@link SyncFailure} is the expected way for a sync to fail; anything else a task
 * throws reaches the reactor as it is, and {@link #internal} tells it apart afterwards as a bug.
 */
final class SourceTasks {
  private SourceTasks() {}

  /** The work of one Phase A task, in source/'s terms. */
  @FunctionalInterface
  interface Work<T> {
    T run(SyncProgress progress) throws SyncFailure, InterruptedException;
  }

  /** A Phase A task named {@code name} starting at {@code initial} that runs {@code work}. */
  static <T> SourceTask<T> of(String name, SyncStage initial, Work<T> work) {
    return new SourceTask<>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Stage initialStage() {
        return stage(initial);
      }

      @Override
      public T run(TaskContext context) throws StageFailure, InterruptedException {
        try {
          return work.run(progress(context));
        } catch (SyncFailure e) {
          throw new StageFailure(stage(e.stage()), e.detail(), e);
        }
      }
    };
  }

  static Stage stage(SyncStage stage) {
    return switch (stage) {
      case CLONE -> Stage.CLONE;
      case FETCH -> Stage.FETCH;
      case CHECKOUT -> Stage.CHECKOUT;
      case MATERIALIZE -> Stage.MATERIALIZE;
    };
  }

  static SyncProgress progress(TaskContext context) {
    return new SyncProgress() {
      @Override
      public void stage(SyncStage stage) {
        context.stage(SourceTasks.stage(stage));
      }

      @Override
      public void progress(String what, int done, int total) {
        context.progress(what, done, total);
      }
    };
  }

  /**
   * True when the task died of something that is not a sync failure (a {@link StageFailure}) nor a
   * timeout or cancellation (no cause): a bug in the tool, not a problem with the source.
   */
  static boolean internal(TaskResult.Failed<?> failed) {
    return failed.cause() != null && !(failed.cause() instanceof StageFailure);
  }

  /** The one line for the user: for an internal failure, saying so and what was thrown. */
  static String detail(TaskResult.Failed<?> failed) {
    if (!internal(failed)) {
      return failed.detail();
    }
    Throwable cause = failed.cause();
    String message = cause.getMessage();
    return "internal error: "
        + cause.getClass().getName()
        + (message == null || message.isBlank() ? "" : ": " + failed.detail());
  }

  /** What a task threw, to rethrow where the caller cannot declare it. */
  static RuntimeException asUnchecked(Throwable cause) {
    return cause instanceof RuntimeException r
        ? r
        : new IllegalStateException("internal error: " + cause, cause);
  }
}
