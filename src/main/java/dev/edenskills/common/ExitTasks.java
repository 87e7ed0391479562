package dev.edenskills.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Clean-up that must run when the process ends, however it ends. {@code Main} runs it and then
 * halts the JVM rather than calling {@code System.exit}: since JDK 21, {@code Runtime.exit} looks
 * up a {@code System.Logger} to log the exit, and that service lookup opens every jar on the class
 * path (~20-40 ms at the end of every command, measured with a 20-jar class path). On Ctrl-C or a
 * kill the JVM's own shutdown runs the same tasks through one shutdown hook.
 */
public final class ExitTasks {
  private static final List<Runnable> TASKS = new ArrayList<>();
  private static boolean hooked;

  private ExitTasks() {}

  /** Runs {@code task} once when the process ends (normal exit, Ctrl-C or kill). */
  public static synchronized void register(Runnable task) {
    TASKS.add(task);
    if (!hooked) {
      hooked = true;
      Runtime.getRuntime()
          .addShutdownHook(Thread.ofPlatform().name("eden-skills-exit").unstarted(ExitTasks::run));
    }
  }

  /**
   * Runs the registered tasks now, each at most once; a task that throws does not stop the rest.
   */
  public static void run() {
    List<Runnable> due;
    synchronized (ExitTasks.class) {
      due = List.copyOf(TASKS);
      TASKS.clear();
    }
    for (Runnable task : due) {
      try {
        task.run();
      } catch (RuntimeException e) {
        // Clean-up is best effort at exit: nothing is left to report it to.
      }
    }
  }
}
