package dev.edenskills.reactor;

import dev.edenskills.reactor.ProgressEvent.PhaseAFinished;
import dev.edenskills.reactor.ProgressEvent.PhaseAStarted;
import dev.edenskills.reactor.ProgressEvent.RepoFinished;
import dev.edenskills.reactor.ProgressEvent.RepoStarted;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BooleanSupplier;

/**
 * Runs Phase A (every task on its own virtual thread, bounded, inside one structured scope), then
 * Phase B (serial, in the given order, on the caller's thread): ARC-002, ARC-003, ARC-005.
 *
 * <p>This is the only class that touches the preview {@link StructuredTaskScope} API, so the day it
 * becomes final (or changes again) is a one-file change. It knows nothing of git or files.
 */
public final class SkillReactor {
  /** Detail of a task that never got to run because Phase A was interrupted. */
  public static final String NOT_RUN = "not run (interrupted)";

  private final int concurrency;
  private final Duration taskTimeout;
  private final ProgressListener listener;
  private final Clock clock;

  /**
   * @param concurrency how many Phase A tasks may run at once, at least 1 (1 = strictly serial)
   * @param taskTimeout per-task limit counted from the moment the task gets its permit; zero = none
   * @param listener receives events from many threads; what it throws is logged, never propagated
   */
  public SkillReactor(
      int concurrency, Duration taskTimeout, ProgressListener listener, Clock clock) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
    }
    if (taskTimeout.isNegative()) {
      throw new IllegalArgumentException("taskTimeout must not be negative: " + taskTimeout);
    }
    this.concurrency = concurrency;
    this.taskTimeout = taskTimeout;
    this.listener = ProgressListener.guarded(Objects.requireNonNull(listener));
    this.clock = Objects.requireNonNull(clock);
  }

  public int concurrency() {
    return concurrency;
  }

  /**
   * Runs every task, at most {@code concurrency} at once, and returns when all have ended (the
   * barrier). Results are in input order. A task's exception or Error becomes its {@link
   * TaskResult.Failed}; it never stops the others and never propagates, except a {@link
   * VirtualMachineError} (out of memory, stack overflow): that cancels every task and, once all
   * have stopped, is thrown from here.
   *
   * @throws PhaseAInterrupted if the calling thread is interrupted: every running task is
   *     interrupted and waited for first; the exception carries what finished, and {@link #NOT_RUN}
   *     failures for the tasks that never started
   */
  public <T> List<TaskResult<T>> runPhaseA(List<? extends SourceTask<T>> tasks)
      throws PhaseAInterrupted {
    List<SourceTask<T>> work = List.copyOf(tasks);
    Instant start = clock.instant();
    emit(new PhaseAStarted(start, work.size(), concurrency));
    AtomicReferenceArray<TaskResult<T>> slots = new AtomicReferenceArray<>(work.size());
    // Fair, so with concurrency 1 tasks queue up instead of one thread barging repeatedly.
    Semaphore permits = new Semaphore(concurrency, true);
    boolean interrupted = false;
    try (var scope =
        StructuredTaskScope.open(new AwaitAllUnlessFatal(), cf -> cf.withName("eden-phase-a"))) {
      for (int i = 0; i < work.size(); i++) {
        int index = i;
        scope.fork(
            () ->
                runWithPermit(work.get(index), permits, scope::isCancelled)
                    .ifPresent(r -> slots.set(index, r)));
      }
      scope.join();
    } catch (InterruptedException e) {
      // close() has already cancelled the scope and waited for every task to stop.
      interrupted = true;
    } catch (StructuredTaskScope.FailedException e) {
      // A VirtualMachineError: every other task was cancelled and has stopped; the process
      // cannot go on as if one repository had failed.
      if (e.getCause() instanceof VirtualMachineError fatal) {
        throw fatal;
      }
      throw e;
    }
    Instant end = clock.instant();
    emit(new PhaseAFinished(end, Duration.between(start, end)));
    List<TaskResult<T>> results = new ArrayList<>(work.size());
    for (int i = 0; i < work.size(); i++) {
      TaskResult<T> r = slots.get(i);
      SourceTask<T> task = work.get(i);
      results.add(
          r != null
              ? r
              : new TaskResult.Failed<>(
                  task.name(), task.initialStage(), NOT_RUN, null, Duration.ZERO));
    }
    if (interrupted) {
      Thread.interrupted(); // the exception now carries the interrupt
      throw new PhaseAInterrupted(results);
    }
    return List.copyOf(results);
  }

  /** Empty when cancelled before the permit was granted: the task never ran. */
  private <T> Optional<TaskResult<T>> runWithPermit(
      SourceTask<T> task, Semaphore permits, BooleanSupplier cancelled) {
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      return Optional.empty();
    }
    try {
      // A permit freed by a task that was just cancelled must not start a new one.
      if (cancelled.getAsBoolean()) {
        return Optional.empty();
      }
      Instant started = clock.instant();
      emit(new RepoStarted(started, task.name()));
      TaskTracker tracker = new TaskTracker(task.name(), task.initialStage(), clock, this::emit);
      TaskResult<T> result = runBounded(task, tracker, started);
      emit(finished(result));
      return Optional.of(result);
    } finally {
      permits.release();
    }
  }

  /**
   * The work runs in a nested scope of its own so a timeout cancels (interrupts) this task only,
   * and closing the scope waits until the work has really stopped.
   */
  private <T> TaskResult<T> runBounded(SourceTask<T> task, TaskTracker tracker, Instant started) {
    String name = task.name();
    String cancelled;
    try (var scope = StructuredTaskScope.open(Joiner.<T>awaitAll(), this::configureTask)) {
      Subtask<T> subtask = scope.fork(() -> task.run(tracker));
      try {
        scope.join();
        Duration elapsed = Duration.between(started, clock.instant());
        return switch (subtask.state()) {
          case SUCCESS -> new TaskResult.Done<>(name, subtask.get(), elapsed);
          case FAILED -> {
            if (subtask.exception() instanceof VirtualMachineError fatal) {
              throw fatal; // never one task's failure: see AwaitAllUnlessFatal
            }
            yield Failures.of(name, tracker.current(), subtask.exception(), elapsed);
          }
          case UNAVAILABLE ->
              new TaskResult.Failed<>(name, tracker.current(), "cancelled", null, elapsed);
        };
      } catch (StructuredTaskScope.TimeoutException e) {
        cancelled = "timed out after " + Failures.seconds(taskTimeout);
      } catch (InterruptedException e) {
        cancelled = "interrupted";
      }
    }
    Duration elapsed = Duration.between(started, clock.instant());
    return new TaskResult.Failed<>(name, tracker.current(), cancelled, null, elapsed);
  }

  private StructuredTaskScope.Configuration configureTask(StructuredTaskScope.Configuration cf) {
    return taskTimeout.isZero() ? cf : cf.withTimeout(taskTimeout);
  }

  private RepoFinished finished(TaskResult<?> result) {
    Instant now = clock.instant();
    return switch (result) {
      case TaskResult.Done<?> d -> new RepoFinished(now, d.name(), true, "", d.elapsed());
      case TaskResult.Failed<?> f ->
          new RepoFinished(
              now,
              f.name(),
              false,
              "stage=" + f.stage().id() + " detail=" + f.detail(),
              f.elapsed());
    };
  }

  /**
   * Runs {@code step} for each item, one after another on the calling thread, in the given order;
   * call it after {@link #runPhaseA} returned, which is the barrier. A step's exception or Error
   * becomes that item's {@link StepResult.Failed}; the others still run. A {@link
   * VirtualMachineError} propagates and no later step runs.
   *
   * @throws PhaseBInterrupted if the calling thread is interrupted: the running step is allowed to
   *     end (steps are atomic), no further step starts, and the exception carries every result with
   *     {@link StepResult.NotRun} for the items never reached
   */
  public <P, R> List<StepResult<P, R>> runPhaseB(List<? extends P> items, PhaseBStep<P, R> step)
      throws PhaseBInterrupted {
    List<P> work = List.copyOf(items);
    List<StepResult<P, R>> results = new ArrayList<>(work.size());
    boolean interrupted = false;
    for (P item : work) {
      if (interrupted || Thread.interrupted()) {
        interrupted = true;
        results.add(new StepResult.NotRun<>(item));
        continue;
      }
      try {
        results.add(new StepResult.Done<>(item, step.apply(item)));
      } catch (InterruptedException e) {
        interrupted = true;
        results.add(new StepResult.Failed<>(item, "interrupted", e));
      } catch (VirtualMachineError e) {
        throw e; // out of memory or stack: nothing later can be trusted to run
      } catch (Exception | Error e) {
        results.add(new StepResult.Failed<>(item, Failures.oneLine(e), e));
      }
    }
    if (interrupted) {
      throw new PhaseBInterrupted(results);
    }
    return List.copyOf(results);
  }

  /**
   * {@link Joiner#awaitAll()}, except that a task dying of a {@link VirtualMachineError} cancels
   * the scope (interrupting the others) and makes {@code join} throw it: after an OutOfMemoryError
   * or StackOverflowError nothing the run does next can be trusted, so it must not look like one
   * failed repository.
   */
  private static final class AwaitAllUnlessFatal implements Joiner<Object, Void> {
    private final AtomicReference<VirtualMachineError> fatal = new AtomicReference<>();

    @Override
    public boolean onComplete(Subtask<?> subtask) {
      if (subtask.state() == Subtask.State.FAILED
          && subtask.exception() instanceof VirtualMachineError e) {
        fatal.compareAndSet(null, e);
        return true;
      }
      return false;
    }

    @Override
    public Void result() {
      VirtualMachineError e = fatal.get();
      if (e != null) {
        throw e;
      }
      return null;
    }
  }

  private void emit(ProgressEvent event) {
    listener.on(event);
  }
}
