package dev.edenskills.reactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(60)
class PhaseABoundsConcurrencyTest {
  private static SkillReactor reactor(int concurrency, ProgressListener listener) {
    return new SkillReactor(concurrency, Duration.ZERO, listener, Clock.systemUTC());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 10})
  void atMostConcurrencyTasksRunAtOnceAndExactlyThatManyWhenTheyBlock(int concurrency)
      throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    CountDownLatch firstWave = new CountDownLatch(concurrency);
    CountDownLatch gate = new CountDownLatch(1);
    List<SourceTask<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      int n = i;
      tasks.add(
          FakeTask.of(
              "repo-" + i,
              ctx -> {
                int now = inFlight.incrementAndGet();
                maxInFlight.accumulateAndGet(now, Math::max);
                firstWave.countDown();
                try {
                  gate.await();
                  return n;
                } finally {
                  inFlight.decrementAndGet();
                }
              }));
    }

    var run =
        CompletableFuture.supplyAsync(
            () -> runUnchecked(reactor(concurrency, ProgressListener.NONE), tasks));
    assertThat(firstWave.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(inFlight.get()).isEqualTo(concurrency);
    gate.countDown();
    List<TaskResult<Integer>> results = run.get(30, TimeUnit.SECONDS);

    assertThat(maxInFlight.get()).isEqualTo(concurrency);
    assertThat(results).allMatch(r -> r instanceof TaskResult.Done<Integer>);
  }

  @Test
  void concurrencyOneRunsTasksStrictlyOneAfterAnother() throws Exception {
    RecordingListener log = new RecordingListener();
    List<SourceTask<String>> tasks = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String name = "repo-" + i;
      tasks.add(
          FakeTask.of(
              name,
              ctx -> {
                log.mark("begin " + name);
                Thread.yield();
                log.mark("end " + name);
                return name;
              }));
    }

    reactor(1, log).runPhaseA(tasks);

    List<Object> marks = log.snapshot().stream().filter(String.class::isInstance).toList();
    assertThat(marks).hasSize(24);
    for (int i = 0; i < marks.size(); i += 2) {
      String begin = (String) marks.get(i);
      assertThat(begin).startsWith("begin ");
      assertThat(marks.get(i + 1)).isEqualTo("end " + begin.substring("begin ".length()));
    }
  }

  @Test
  void resultsComeBackInInputOrderWhateverOrderTasksFinishIn() throws Exception {
    int n = 6;
    List<CountDownLatch> finished =
        IntStream.range(0, n).mapToObj(i -> new CountDownLatch(1)).toList();
    AtomicInteger finishOrder = new AtomicInteger();
    List<SourceTask<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int index = i;
      tasks.add(
          FakeTask.of(
              "repo-" + i,
              ctx -> {
                // Each task waits for the next one: they finish in reverse input order.
                if (index + 1 < n) {
                  finished.get(index + 1).await();
                }
                int position = finishOrder.getAndIncrement();
                finished.get(index).countDown();
                return position;
              }));
    }

    List<TaskResult<Integer>> results = reactor(n, ProgressListener.NONE).runPhaseA(tasks);

    assertThat(results)
        .extracting(TaskResult::name)
        .containsExactly("repo-0", "repo-1", "repo-2", "repo-3", "repo-4", "repo-5");
    assertThat(results)
        .extracting(r -> ((TaskResult.Done<Integer>) r).value())
        .containsExactly(5, 4, 3, 2, 1, 0);
  }

  @Test
  void anEmptyTaskListStillEmitsStartAndBarrier() throws Exception {
    RecordingListener log = new RecordingListener();
    List<TaskResult<String>> results = reactor(3, log).runPhaseA(List.of());
    assertThat(results).isEmpty();
    assertThat(log.snapshot()).hasSize(2).first().isInstanceOf(ProgressEvent.PhaseAStarted.class);
    assertThat(log.snapshot().get(1)).isInstanceOf(ProgressEvent.PhaseAFinished.class);
  }

  @Test
  void concurrencyBelowOneIsRejected() {
    assertThatThrownBy(() -> reactor(0, ProgressListener.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static <T> List<TaskResult<T>> runUnchecked(SkillReactor reactor, List<SourceTask<T>> tasks) {
    try {
      return reactor.runPhaseA(tasks);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
