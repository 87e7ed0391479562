package dev.edenskills.apply;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.edenskills.common.Env;
import dev.edenskills.common.ExitCode;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.config.ConfigStore;
import dev.edenskills.reactor.ProgressEvent;
import dev.edenskills.reactor.ProgressListener;
import dev.edenskills.testing.ApplyWorld;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Phase B reports each target's action to the display too: a display that throws there (or
 * anywhere) is logged once and the apply completes, every skill installed.
 */
class AThrowingDisplayNeverFailsAnApplyTest {
  @TempDir Path tmp;

  @Test
  void aListenerThrowingOnEveryInstallActionIsLoggedOnceAndEverySkillIsInstalled()
      throws Exception {
    Logger logger = (Logger) LoggerFactory.getLogger("dev.edenskills.reactor.GuardedListener");
    ListAppender<ILoggingEvent> seen = new ListAppender<>();
    seen.start();
    logger.addAppender(seen);
    try (ApplyWorld w = new ApplyWorld(tmp)) {
      w.repoWithSkills("a", 2);
      for (int i = 0; i < 2; i++) {
        w.skill(
            "a-s" + i,
            w.server.url("a"),
            "main",
            "skills/a-s" + i,
            "symlink",
            ApplyWorld.agents("claude-code"));
      }
      Env env = w.cli.environment();
      ConfigFile config = new ConfigStore(w.config(), env).load(false, line -> {});
      ProgressListener broken =
          event -> {
            if (event instanceof ProgressEvent.PhaseBAction) {
              throw new IllegalStateException("display bug");
            }
          };

      ApplyResult result =
          new ApplyEngine(env, line -> {}).apply(config, ApplyOptions.defaults(), broken);

      ApplyReport report = ApplyReport.of(result);
      assertThat(report.failures()).isEmpty();
      assertThat(report.exitCode(false, false)).isEqualTo(ExitCode.OK);
      assertThat(Files.isSymbolicLink(w.claude("a-s0"))).isTrue();
      assertThat(Files.isSymbolicLink(w.claude("a-s1"))).isTrue();
      List<ILoggingEvent> warnings =
          seen.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
      assertThat(warnings).hasSize(1);
      assertThat(warnings.getFirst().getFormattedMessage())
          .contains("progress display failed on PhaseBAction")
          .contains("display bug");
    } finally {
      logger.detachAppender(seen);
    }
  }
}
