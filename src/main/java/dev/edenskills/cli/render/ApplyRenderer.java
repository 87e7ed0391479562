package dev.edenskills.cli.render;

import dev.edenskills.apply.ApplyReport;
import dev.edenskills.apply.ApplyResult;
import dev.edenskills.plan.Action;
import dev.edenskills.plan.PlanEntry;

/** Prints an {@link ApplyReport}: summary lines on stdout, diagnostics on stderr, or JSON. */
public final class ApplyRenderer {
  private final Output out;

  public ApplyRenderer(Output out) {
    this.out = out;
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
    }
    if (interrupted) {
      out.error("interrupted: stopped before finishing; nothing was left half-written");
    }
  }
}
