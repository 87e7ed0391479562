package dev.edenskills.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C for the real process: the JVM runs shutdown hooks on SIGINT, so ours interrupts the main
 * thread (which cancels the reactor's scope and reports what finished) and waits for it to finish
 * cleanly. The JVM then exits with status 130 (128 + SIGINT).
 */
public final class Interrupts {
  private static final CountDownLatch DONE = new CountDownLatch(1);
  private static volatile boolean signalled;

  private Interrupts() {}

  /** Called once by {@code Main.main} with the thread that runs the command. */
  public static void install(Thread worker) {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (DONE.getCount() == 0) {
                    return; // normal exit
                  }
                  signalled = true;
                  worker.interrupt();
                  try {
                    DONE.await(10, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                },
                "eden-skills-sigint"));
  }

  /** Whether the JVM is shutting down because of a signal (Ctrl-C, kill). */
  public static boolean signalled() {
    return signalled;
  }

  /** The command finished and flushed its output; the process may end now. */
  public static void finished() {
    DONE.countDown();
  }
}
