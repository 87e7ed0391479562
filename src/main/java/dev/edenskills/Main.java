package dev.edenskills;

import dev.edenskills.cli.Cli;
import dev.edenskills.cli.Interrupts;
import dev.edenskills.common.Env;
import dev.edenskills.common.ExitTasks;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Process entry point: {@code main} only calls {@link #run} and exits with its result. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    Interrupts.install(Thread.currentThread());
    int code = run(out, err, args);
    // The launcher exits without waiting for threads still in native code
    // (-XX:UserThreadWaitAttemptsAtExit=0): everything must be written by now. Files (lock,
    // config, installs) are written and closed on this thread before run returns; flush the
    // streams here too, whatever the command did.
    out.flush();
    err.flush();
    // Lets a pending Ctrl-C hook return.
    Interrupts.finished();
    if (Interrupts.signalled()) {
      // The JVM is already running its shutdown hooks (ours, JGit's lock-file clean-up) and
      // exits with 130 when they are done: leave it to them.
      return;
    }
    ExitTasks.run();
    // Not System.exit: see ExitTasks (the exit logger's service lookup opens every jar). Shutdown
    // hooks are skipped: ours are ExitTasks (just run) and the Ctrl-C hook (nothing to do now);
    // JGit's only clean up after operations interrupted half-way, and none is running.
    Runtime.getRuntime().halt(code);
  }

  /** Runs one command line against the real environment; returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return new Cli(Env.system(), new InputStreamReader(System.in, StandardCharsets.UTF_8))
        .run(out, err, args);
  }
}
