package dev.edenskills.cli.render;

import dev.edenskills.reactor.ProgressEvent;
import dev.edenskills.reactor.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Phase A progress as plain lines, for CI logs and pipes (CONTRACT §6): {@code downloading x...},
 * {@code downloaded x (3 skills) [1.2s]}, {@code failed x: stage=fetch detail=...}.
 */
public final class StreamingProgress implements ProgressListener {
  private final PrintWriter err;

  public StreamingProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void on(ProgressEvent event) {
    String line =
        switch (event) {
          case ProgressEvent.RepoStarted e -> "downloading " + e.name() + "...";
          case ProgressEvent.RepoFinished e when e.ok() ->
              "downloaded " + e.name() + " " + e.summary() + " [" + seconds(e.elapsed()) + "]";
          case ProgressEvent.RepoFinished e -> "failed " + e.name() + ": " + e.summary();
          case ProgressEvent.PhaseAStarted e -> null;
          case ProgressEvent.RepoProgress e -> null;
          case ProgressEvent.PhaseAFinished e -> null;
          case ProgressEvent.PhaseBAction e -> null;
        };
    if (line != null) {
      synchronized (err) {
        err.println(line);
        err.flush();
      }
    }
  }

  static String seconds(java.time.Duration d) {
    return String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
  }
}
