package dev.edenskills.reactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class PhaseAInterruptionTest {
  @Test
  void interruptingTheCallerStopsEveryTaskThenThrowsWithWhatRanAndWhatDidNot() throws Exception {
    int concurrency = 2;
    CountDownLatch started = new CountDownLatch(concurrency);
    CountDownLatch never = new CountDownLatch(1);
    AtomicInteger stopped = new AtomicInteger();
    List<SourceTask<String>> tasks = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      tasks.add(
          FakeTask.of(
              "repo-" + i,
              ctx -> {
                ctx.stage(Stage.FETCH);
                started.countDown();
                try {
                  never.await();
                  return "unreachable";
                } finally {
                  stopped.incrementAndGet();
                }
              }));
    }
    RecordingListener log = new RecordingListener();
    SkillReactor reactor = new SkillReactor(concurrency, Duration.ZERO, log, Clock.systemUTC());
    AtomicReference<PhaseAInterrupted> thrown = new AtomicReference<>();
    AtomicInteger stoppedWhenThrown = new AtomicInteger(-1);
    AtomicReference<Boolean> flagAfter = new AtomicReference<>();

    Thread caller =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    reactor.runPhaseA(tasks);
                  } catch (PhaseAInterrupted e) {
                    stoppedWhenThrown.set(stopped.get());
                    thrown.set(e);
                    flagAfter.set(Thread.currentThread().isInterrupted());
                  }
                });
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
    caller.interrupt();
    caller.join(TimeUnit.SECONDS.toMillis(30));

    assertThat(caller.isAlive()).isFalse();
    assertThat(thrown.get()).isNotNull();
    assertThat(stoppedWhenThrown.get()).isEqualTo(concurrency);
    assertThat(flagAfter.get()).isFalse();
    List<TaskResult<?>> results = thrown.get().results();
    assertThat(results)
        .extracting(TaskResult::name)
        .containsExactly("repo-0", "repo-1", "repo-2", "repo-3", "repo-4", "repo-5");
    assertThat(results).allMatch(r -> r instanceof TaskResult.Failed<?>);
    List<TaskResult.Failed<?>> failed =
        results.stream().<TaskResult.Failed<?>>map(r -> (TaskResult.Failed<?>) r).toList();
    assertThat(failed.stream().filter(f -> f.detail().equals("interrupted")))
        .hasSize(concurrency)
        .allMatch(f -> f.stage() == Stage.FETCH);
    assertThat(failed.stream().filter(f -> f.detail().equals(SkillReactor.NOT_RUN)))
        .hasSize(6 - concurrency);
    assertThat(log.events(ProgressEvent.RepoStarted.class)).hasSize(concurrency);
    assertThat(log.events(ProgressEvent.RepoFinished.class)).hasSize(concurrency);
    assertThat(log.snapshot().getLast()).isInstanceOf(ProgressEvent.PhaseAFinished.class);
  }
}
