package dev.edenskills.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets the log level from the global options: warnings by default ({@link LogSetup}), debug with
 * {@code -v}. Without {@code -v} it leaves logging alone, so commands that never log (such as
 * {@code --version}) never start logback at all.
 */
final class Logging {
  /** True once {@code -v} raised the levels in this JVM (tests run many commands in one). */
  private static boolean raised;

  private Logging() {}

  static synchronized void configure(boolean verbose) {
    if (!verbose && !raised) {
      return;
    }
    if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
      root.setLevel(verbose ? Level.DEBUG : Level.WARN);
      // JGit is chatty at debug; keep it at info even with -v.
      ((Logger) LoggerFactory.getLogger("org.eclipse.jgit"))
          .setLevel(verbose ? Level.INFO : Level.WARN);
      raised = verbose;
    }
  }
}
