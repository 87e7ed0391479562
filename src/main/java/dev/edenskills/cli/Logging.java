package dev.edenskills.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Sets the log level from the global options: warnings by default, debug with {@code -v}. */
final class Logging {
  private Logging() {}

  static void configure(boolean verbose) {
    if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
      root.setLevel(verbose ? Level.DEBUG : Level.WARN);
      // JGit is chatty at debug; keep it at info even with -v.
      ((Logger) LoggerFactory.getLogger("org.eclipse.jgit"))
          .setLevel(verbose ? Level.INFO : Level.WARN);
    }
  }
}
