package dev.edenskills.reactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class PhaseAFailureIsolationTest {
  private final RecordingListener log = new RecordingListener();

  private SkillReactor reactor(int concurrency, Duration timeout) {
    return new SkillReactor(concurrency, timeout, log, Clock.systemUTC());
  }

  private static int recurse(int depth) {
    return recurse(depth + 1) + 1;
  }

  @Test
  void everyExceptionAndNonFatalErrorBecomesThatTasksFailureWithItsStageWhileSiblingsComplete()
      throws Exception {
    List<SourceTask<String>> tasks =
        List.of(
            FakeTask.of("ok-1", ctx -> "one"),
            FakeTask.of(
                "unchecked",
                ctx -> {
                  ctx.stage(Stage.FETCH);
                  throw new IllegalStateException("remote hung up\n  at some frame");
                }),
            FakeTask.of(
                "assertion",
                ctx -> {
                  ctx.stage(Stage.CHECKOUT);
                  throw new AssertionError("a bug's broken invariant");
                }),
            FakeTask.of(
                "stage-failure",
                ctx -> {
                  ctx.stage(Stage.CHECKOUT);
                  throw new StageFailure(Stage.MATERIALIZE, "symlink escapes the repository");
                }),
            new FakeTask<String>(
                "checked",
                Stage.FETCH,
                ctx -> {
                  throw new IOException("No space left on device");
                }),
            FakeTask.of(
                "no-message",
                ctx -> {
                  throw new NullPointerException();
                }),
            FakeTask.of("ok-2", ctx -> "two"));

    List<TaskResult<String>> results = reactor(3, Duration.ZERO).runPhaseA(tasks);

    assertThat(results)
        .extracting(TaskResult::name)
        .containsExactlyElementsOf(tasks.stream().map(SourceTask::name).toList());
    Map<String, TaskResult<String>> byName =
        results.stream().collect(Collectors.toMap(TaskResult::name, Function.identity()));
    assertThat(byName.get("ok-1")).isEqualTo(done(byName.get("ok-1"), "one"));
    assertThat(byName.get("ok-2")).isEqualTo(done(byName.get("ok-2"), "two"));
    assertFailed(
        byName.get("unchecked"), Stage.FETCH, "remote hung up", IllegalStateException.class);
    assertFailed(
        byName.get("assertion"), Stage.CHECKOUT, "a bug's broken invariant", AssertionError.class);
    assertFailed(
        byName.get("stage-failure"),
        Stage.MATERIALIZE,
        "symlink escapes the repository",
        StageFailure.class);
    assertFailed(byName.get("checked"), Stage.FETCH, "No space left on device", IOException.class);
    assertFailed(
        byName.get("no-message"), Stage.CLONE, "NullPointerException", NullPointerException.class);

    List<ProgressEvent.RepoFinished> finished = log.events(ProgressEvent.RepoFinished.class);
    assertThat(finished).hasSize(tasks.size());
    assertThat(
            finished.stream()
                .filter(ProgressEvent.RepoFinished::ok)
                .map(ProgressEvent.RepoFinished::name))
        .containsExactlyInAnyOrder("ok-1", "ok-2");
    assertThat(finished)
        .filteredOn(f -> f.name().equals("unchecked"))
        .singleElement()
        .satisfies(f -> assertThat(f.summary()).isEqualTo("stage=fetch detail=remote hung up"));
  }

  @Test
  void aVirtualMachineErrorCancelsEveryTaskAndPropagatesOnceAllHaveStopped() {
    AtomicBoolean siblingSawInterrupt = new AtomicBoolean();
    CountDownLatch siblingWaiting = new CountDownLatch(1);
    List<SourceTask<String>> tasks =
        List.of(
            FakeTask.of(
                "waiting",
                ctx -> {
                  siblingWaiting.countDown();
                  return untilInterrupted(siblingSawInterrupt);
                }),
            FakeTask.of(
                "overflow",
                ctx -> {
                  siblingWaiting.await();
                  return String.valueOf(recurse(0));
                }),
            FakeTask.of(
                "oom",
                ctx -> {
                  siblingWaiting.await();
                  throw new OutOfMemoryError("Java heap space");
                }));

    assertThatThrownBy(() -> reactor(3, Duration.ZERO).runPhaseA(tasks))
        .isInstanceOf(VirtualMachineError.class);
    // Not abandoned: the sibling was interrupted and had stopped before the error came out.
    assertThat(siblingSawInterrupt).isTrue();
  }

  @Test
  void anOutOfMemoryErrorIsThrownAsItIs() {
    List<SourceTask<String>> tasks =
        List.of(
            FakeTask.of("ok", ctx -> "fine"),
            FakeTask.of(
                "oom",
                ctx -> {
                  throw new OutOfMemoryError("Java heap space");
                }));

    assertThatThrownBy(() -> reactor(1, Duration.ofSeconds(30)).runPhaseA(tasks))
        .isInstanceOf(OutOfMemoryError.class)
        .hasMessage("Java heap space");
  }

  @Test
  void aTimeoutInterruptsOnlyTheSlowTask() throws Exception {
    AtomicBoolean slowSawInterrupt = new AtomicBoolean();
    List<SourceTask<String>> tasks =
        List.of(
            FakeTask.of("quick-1", ctx -> "a"),
            FakeTask.of(
                "slow",
                ctx -> {
                  ctx.stage(Stage.FETCH);
                  return untilInterrupted(slowSawInterrupt);
                }),
            FakeTask.of("quick-2", ctx -> "b"));

    List<TaskResult<String>> results = reactor(3, Duration.ofMillis(250)).runPhaseA(tasks);

    assertThat(results.get(0)).isInstanceOf(TaskResult.Done.class);
    assertThat(results.get(2)).isInstanceOf(TaskResult.Done.class);
    assertThat(results.get(1))
        .isInstanceOfSatisfying(
            TaskResult.Failed.class,
            f -> {
              assertThat(f.stage()).isEqualTo(Stage.FETCH);
              assertThat(f.detail()).isEqualTo("timed out after 0.25s");
            });
    // The slow task was really stopped before runPhaseA returned, not abandoned.
    assertThat(slowSawInterrupt).isTrue();
  }

  @Test
  void timeoutDetailNamesWholeSeconds() {
    assertThat(Failures.seconds(Duration.ofSeconds(120))).isEqualTo("120s");
  }

  /** Blocks until the thread is interrupted (a minute at most), noting that it was. */
  private static String untilInterrupted(AtomicBoolean sawInterrupt) throws InterruptedException {
    try {
      new CountDownLatch(1).await(60, TimeUnit.SECONDS);
      return "should not get here";
    } catch (InterruptedException e) {
      sawInterrupt.set(true);
      throw e;
    }
  }

  private static TaskResult.Done<String> done(TaskResult<String> actual, String value) {
    return new TaskResult.Done<>(actual.name(), value, actual.elapsed());
  }

  private static void assertFailed(
      TaskResult<String> result, Stage stage, String detail, Class<? extends Throwable> cause) {
    assertThat(result)
        .isInstanceOfSatisfying(
            TaskResult.Failed.class,
            f -> {
              assertThat(f.stage()).isEqualTo(stage);
              assertThat(f.detail()).isEqualTo(detail);
              assertThat(f.cause()).isInstanceOf(cause);
            });
  }
}
