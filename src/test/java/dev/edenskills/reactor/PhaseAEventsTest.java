package dev.edenskills.reactor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.reactor.ProgressEvent.PhaseAFinished;
import dev.edenskills.reactor.ProgressEvent.PhaseAStarted;
import dev.edenskills.reactor.ProgressEvent.RepoFinished;
import dev.edenskills.reactor.ProgressEvent.RepoProgress;
import dev.edenskills.reactor.ProgressEvent.RepoStarted;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class PhaseAEventsTest {
  @Test
  void eachTaskReportsStartedThenItsProgressThenFinishedBetweenPhaseStartAndBarrier()
      throws Exception {
    RecordingListener log = new RecordingListener();
    List<SourceTask<String>> tasks = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String name = "repo-" + i;
      boolean fails = i % 3 == 0;
      tasks.add(
          FakeTask.of(
              name,
              ctx -> {
                ctx.stage(Stage.FETCH);
                ctx.progress("Receiving objects", 1, 2);
                ctx.progress("Receiving objects", 2, 2);
                if (fails) {
                  throw new StageFailure(Stage.FETCH, "connection refused");
                }
                ctx.stage(Stage.CHECKOUT);
                return name;
              }));
    }

    List<TaskResult<String>> results =
        new SkillReactor(3, Duration.ZERO, log, Clock.systemUTC()).runPhaseA(tasks);

    List<Object> all = log.snapshot();
    assertThat(all.getFirst())
        .isEqualTo(new PhaseAStarted(((PhaseAStarted) all.getFirst()).at(), 10, 3));
    assertThat(all.getLast()).isInstanceOf(PhaseAFinished.class);
    for (TaskResult<String> result : results) {
      List<ProgressEvent> mine =
          all.stream()
              .filter(ProgressEvent.class::isInstance)
              .map(ProgressEvent.class::cast)
              .filter(e -> name(e).equals(result.name()))
              .toList();
      boolean ok = result instanceof TaskResult.Done<String>;
      assertThat(mine.getFirst()).isInstanceOf(RepoStarted.class);
      assertThat(mine.getLast())
          .isInstanceOfSatisfying(
              RepoFinished.class,
              f -> {
                assertThat(f.ok()).isEqualTo(ok);
                assertThat(f.summary())
                    .isEqualTo(ok ? "" : "stage=fetch detail=connection refused");
              });
      List<RepoProgress> progress =
          mine.stream()
              .filter(RepoProgress.class::isInstance)
              .map(RepoProgress.class::cast)
              .toList();
      assertThat(progress.get(0).stage()).isEqualTo(Stage.FETCH);
      assertThat(progress.get(1))
          .extracting(RepoProgress::what, RepoProgress::done, RepoProgress::total)
          .containsExactly("Receiving objects", 1, 2);
      assertThat(progress).hasSize(ok ? 4 : 3);
    }
    for (int i = 1; i < all.size(); i++) {
      assertThat(((ProgressEvent) all.get(i)).at())
          .isAfterOrEqualTo(((ProgressEvent) all.get(0)).at());
    }
  }

  @Test
  void aThrowingListenerDoesNotBreakTheRun() throws Exception {
    ProgressListener broken =
        e -> {
          throw new IllegalStateException("renderer bug");
        };
    List<TaskResult<String>> results =
        new SkillReactor(2, Duration.ZERO, broken, Clock.systemUTC())
            .runPhaseA(List.of(FakeTask.of("a", ctx -> "x"), FakeTask.of("b", ctx -> "y")));
    assertThat(results).allMatch(r -> r instanceof TaskResult.Done<String>);
  }

  private static String name(ProgressEvent e) {
    return switch (e) {
      case RepoStarted s -> s.name();
      case RepoProgress p -> p.name();
      case RepoFinished f -> f.name();
      default -> "";
    };
  }
}
