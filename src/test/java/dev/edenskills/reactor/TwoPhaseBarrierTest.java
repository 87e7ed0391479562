package dev.edenskills.reactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class TwoPhaseBarrierTest {
  private final RecordingListener log = new RecordingListener();
  private final SkillReactor reactor = new SkillReactor(4, Duration.ZERO, log, Clock.systemUTC());

  @Test
  void noPhaseBStepStartsBeforeTheLastPhaseATaskEnded() throws Exception {
    List<SourceTask<String>> tasks = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String name = "repo-" + i;
      long pause = i == 5 ? 300 : 0; // one straggler, so a missing barrier would show
      tasks.add(
          FakeTask.of(
              name,
              ctx -> {
                ctx.stage(Stage.FETCH);
                Thread.sleep(pause);
                log.mark("A-end " + name);
                return name;
              }));
    }

    List<TaskResult<String>> synced = reactor.runPhaseA(tasks);
    List<String> ok =
        synced.stream()
            .flatMap(
                r ->
                    r instanceof TaskResult.Done<String> d
                        ? java.util.stream.Stream.of(d.value())
                        : java.util.stream.Stream.empty())
            .toList();
    reactor.runPhaseB(
        ok,
        item -> {
          log.mark("B-start " + item);
          return item.length();
        });

    List<Object> all = log.snapshot();
    int lastAEnd = lastIndexOf(all, o -> o instanceof String s && s.startsWith("A-end"));
    int firstBStart = indexOf(all, o -> o instanceof String s && s.startsWith("B-start"));
    int barrier = indexOf(all, o -> o instanceof ProgressEvent.PhaseAFinished);
    int lastRepoFinished = lastIndexOf(all, o -> o instanceof ProgressEvent.RepoFinished);
    assertThat(lastAEnd).isLessThan(lastRepoFinished);
    assertThat(lastRepoFinished).isLessThan(barrier);
    assertThat(barrier).isLessThan(firstBStart);
  }

  @Test
  void phaseBRunsInGivenOrderOnTheCallingThreadAndAFailingStepDoesNotStopTheOthers()
      throws Exception {
    Thread caller = Thread.currentThread();
    List<String> seen = new ArrayList<>();
    List<StepResult<String, Integer>> results =
        reactor.runPhaseB(
            List.of("c", "a", "boom", "b", "error"),
            item -> {
              assertThat(Thread.currentThread()).isSameAs(caller);
              seen.add(item);
              if (item.equals("boom")) {
                throw new IllegalStateException("target is a directory we do not own");
              }
              if (item.equals("error")) {
                throw new AssertionError();
              }
              return item.length();
            });

    assertThat(seen).containsExactly("c", "a", "boom", "b", "error");
    assertThat(results)
        .extracting(StepResult::item)
        .containsExactly("c", "a", "boom", "b", "error");
    assertThat(results.get(0)).isEqualTo(new StepResult.Done<>("c", 1));
    assertThat(results.get(2))
        .isInstanceOfSatisfying(
            StepResult.Failed.class,
            f -> assertThat(f.detail()).isEqualTo("target is a directory we do not own"));
    assertThat(results.get(3)).isEqualTo(new StepResult.Done<>("b", 1));
    assertThat(results.get(4))
        .isInstanceOfSatisfying(
            StepResult.Failed.class, f -> assertThat(f.detail()).isEqualTo("AssertionError"));
  }

  @Test
  void aVirtualMachineErrorInPhaseBPropagatesAndNoLaterStepRuns() {
    List<String> seen = new ArrayList<>();
    assertThatThrownBy(
            () ->
                reactor.runPhaseB(
                    List.of("a", "overflow", "b"),
                    item -> {
                      seen.add(item);
                      if (item.equals("overflow")) {
                        throw new StackOverflowError();
                      }
                      return item;
                    }))
        .isInstanceOf(StackOverflowError.class);
    assertThat(seen).containsExactly("a", "overflow");
  }

  @Test
  void interruptingPhaseBLetsTheCurrentStepFinishAndRunsNoFurtherStep() {
    List<String> seen = new ArrayList<>();
    assertThatThrownBy(
            () ->
                reactor.runPhaseB(
                    List.of("a", "b", "c", "d"),
                    item -> {
                      seen.add(item);
                      if (item.equals("b")) {
                        Thread.currentThread().interrupt(); // Ctrl-C during this step
                      }
                      return item;
                    }))
        .isInstanceOfSatisfying(
            PhaseBInterrupted.class,
            e ->
                assertThat(e.results())
                    .containsExactly(
                        new StepResult.Done<>("a", "a"),
                        new StepResult.Done<>("b", "b"),
                        new StepResult.NotRun<>("c"),
                        new StepResult.NotRun<>("d")));
    assertThat(seen).containsExactly("a", "b");
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  private static int indexOf(List<Object> all, java.util.function.Predicate<Object> p) {
    for (int i = 0; i < all.size(); i++) {
      if (p.test(all.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOf(List<Object> all, java.util.function.Predicate<Object> p) {
    for (int i = all.size() - 1; i >= 0; i--) {
      if (p.test(all.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
