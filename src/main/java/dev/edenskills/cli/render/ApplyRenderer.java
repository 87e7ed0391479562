package dev.edenskills.cli.render;

import dev.edenskills.apply.ApplyReport;
import dev.edenskills.apply.ApplyResult;
import dev.edenskills.plan.Action;
import dev.edenskills.plan.PlanEntry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

/** Prints an {@link ApplyReport}: summary lines on stdout, diagnostics on stderr, or JSON. */
public final class ApplyRenderer {
  private final Output out;
  private final boolean verbose;

  /** With {@code verbose} ({@code -v}), each failure is followed by its cause chain and stack. */
  public ApplyRenderer(Output out, boolean verbose) {
    this.out = out;
    this.verbose = verbose;
  }

  public void render(ApplyReport report, boolean interrupted) {
    if (out.isJson()) {
      out.json(report);
    }
    for (PlanEntry e : report.actions()) {
      if (e.action() == Action.CONFLICT) {
        out.warn(
            "conflict at "
                + e.targetPath()
                + ": "
                + String.join("; ", e.reasons())
                + " (left untouched; --force replaces it)");
      }
    }
    if (!out.isJson()) {
      summaryLines(report).forEach(out::line);
    }
    for (ApplyResult.FailureLine f : report.failures()) {
      out.error(out.paint("31", "failed") + " " + f.render());
      if (f.internal()) {
        out.error("  hint: " + Output.BUG_HINT);
      }
      if (verbose) {
        f.cause().ifPresent(this::printStack);
      }
    }
    if (interrupted) {
      out.error("interrupted: stopped before finishing; nothing was left half-written");
    }
  }

  /** The three summary lines of CONTRACT §6. */
  static List<String> summaryLines(ApplyReport report) {
    ApplyReport.Sync sync = report.sync();
    return List.of(
        String.format(
            Locale.ROOT,
            "source sync: cloned=%d updated=%d skipped=%d failed=%d [%.1fs]",
            sync.cloned(),
            sync.updated(),
            sync.skipped(),
            sync.failed(),
            sync.elapsedMs() / 1000.0),
        "install: create=%d update=%d noop=%d conflict=%d removed=%d"
            .formatted(
                report.count(Action.CREATE),
                report.count(Action.UPDATE),
                report.count(Action.NOOP),
                report.count(Action.CONFLICT),
                report.count(Action.REMOVE)),
        "verify: passed=%d failed=%d"
            .formatted(report.verify().passed(), report.verify().failed()));
  }

  private void printStack(Throwable cause) {
    StringWriter text = new StringWriter();
    cause.printStackTrace(new PrintWriter(text));
    text.toString().lines().forEach(line -> out.error("  " + line));
  }
}
