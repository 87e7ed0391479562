package dev.edenskills.reactor;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/** A progress listener that throws changes no result, and is reported once instead of ignored. */
@Timeout(60)
class AThrowingListenerIsLoggedTest {
  @Test
  void everyTaskStillCompletesAndOneWarningNamesTheListenerFailure() throws Exception {
    Logger logger = (Logger) LoggerFactory.getLogger(GuardedListener.class);
    ListAppender<ILoggingEvent> seen = new ListAppender<>();
    seen.start();
    logger.addAppender(seen);
    try {
      ProgressListener broken =
          event -> {
            throw new IllegalStateException("renderer bug");
          };
      SkillReactor reactor = new SkillReactor(2, Duration.ZERO, broken, Clock.systemUTC());
      List<TaskResult<String>> results =
          reactor.runPhaseA(
              List.of(FakeTask.of("a", ctx -> "one"), FakeTask.of("b", ctx -> "two")));

      assertThat(results).allMatch(r -> r instanceof TaskResult.Done<String>);
      List<ILoggingEvent> warnings =
          seen.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
      assertThat(warnings).hasSize(1);
      assertThat(warnings.getFirst().getFormattedMessage())
          .contains("progress display failed")
          .contains("renderer bug");
    } finally {
      logger.detachAppender(seen);
    }
  }
}
