package dev.edenskills.cli.render;

import dev.edenskills.apply.ApplyReport;
import dev.edenskills.apply.ApplyResult;
import dev.edenskills.plan.Action;
import dev.edenskills.plan.PlanEntry;
import java.io.PrintWriter;
import java.io.StringWriter;

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
      report.summaryLines().forEach(out::line);
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

  private void printStack(Throwable cause) {
    StringWriter text = new StringWriter();
    cause.printStackTrace(new PrintWriter(text));
    text.toString().lines().forEach(line -> out.error("  " + line));
  }
}
