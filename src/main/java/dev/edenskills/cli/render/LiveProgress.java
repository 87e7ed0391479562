package dev.edenskills.cli.render;

import dev.edenskills.reactor.ProgressEvent;
import dev.edenskills.reactor.ProgressListener;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Phase A progress on a terminal: one line per repository in flight with its stage and JGit
 * progress, and an overall bar, redrawn in place (at most every 80 ms). Finished repositories
 * scroll up as permanent lines, so the log stays readable after the run.
 */
public final class LiveProgress implements ProgressListener {
  private static final long MIN_REDRAW_NANOS = 80_000_000L;
  private static final int BAR_WIDTH = 30;

  private final PrintWriter err;
  private final Map<String, String> inFlight = new LinkedHashMap<>();
  private int total;
  private int finished;
  private int drawnLines;
  private long lastDraw;

  public LiveProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void on(ProgressEvent event) {
    boolean force = true;
    switch (event) {
      case ProgressEvent.PhaseAStarted e -> total = e.tasks();
      case ProgressEvent.RepoStarted e -> inFlight.put(e.name(), "starting");
      case ProgressEvent.RepoProgress e -> {
        String pct = e.total() > 0 ? " " + (100 * e.done() / e.total()) + "%" : "";
        inFlight.put(e.name(), label(e.stage().id(), e.what()) + pct);
        force = false;
      }
      case ProgressEvent.RepoFinished e -> {
        inFlight.remove(e.name());
        finished++;
        clear();
        err.println(
            (e.ok() ? "downloaded " : "failed ")
                + e.name()
                + (e.ok() ? " " : ": ")
                + e.summary()
                + (e.ok() ? " [" + StreamingProgress.seconds(e.elapsed()) + "]" : ""));
      }
      case ProgressEvent.PhaseAFinished e -> {
        inFlight.clear();
        clear();
        err.flush();
        return;
      }
      case ProgressEvent.PhaseBAction e -> {
        return;
      }
    }
    long now = System.nanoTime();
    if (force || now - lastDraw >= MIN_REDRAW_NANOS) {
      lastDraw = now;
      draw();
    }
  }

  /** The stage word once: a stage change reports its own id as {@code what} ("fetch fetch"). */
  static String label(String stage, String what) {
    String w = what.strip();
    if (w.isEmpty() || w.toLowerCase(Locale.ROOT).startsWith(stage.toLowerCase(Locale.ROOT))) {
      return w.isEmpty() ? stage : w;
    }
    return stage + " " + w;
  }

  private void clear() {
    for (int i = 0; i < drawnLines; i++) {
      err.print("\u001b[1A\u001b[2K");
    }
    drawnLines = 0;
  }

  private void draw() {
    clear();
    for (Map.Entry<String, String> e : inFlight.entrySet()) {
      err.println("  " + e.getKey() + "  " + e.getValue());
      drawnLines++;
    }
    int filled = total == 0 ? BAR_WIDTH : BAR_WIDTH * finished / total;
    err.println(
        "["
            + "#".repeat(filled)
            + "-".repeat(BAR_WIDTH - filled)
            + "] "
            + finished
            + "/"
            + total
            + " repositories");
    drawnLines++;
    err.flush();
  }
}
