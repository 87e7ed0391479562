package dev.edenskills.cli;

import dev.edenskills.apply.ApplyEngine;
import dev.edenskills.apply.ApplyOptions;
import dev.edenskills.apply.ApplyReport;
import dev.edenskills.apply.ApplyResult;
import dev.edenskills.cli.render.ApplyRenderer;
import dev.edenskills.cli.render.Output;
import dev.edenskills.config.ConfigFile;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.function.Function;

/**
 * The apply an install ends with (by source or by registry name), rendered as text or inside the
 * install's one JSON document; the exit code follows the apply.
 */
final class ApplyAfterInstall {
  private ApplyAfterInstall() {}

  static int run(
      CliContext ctx, ConfigFile config, ApplyOptions options, Function<ApplyReport, ?> document)
      throws InterruptedException {
    Output out = ctx.output();
    ApplyResult applied =
        new ApplyEngine(ctx.env(), out::warn).apply(config, options, ctx.progressListener());
    ApplyReport report = ApplyReport.of(applied);
    boolean verbose = ctx.global().verbose();
    if (out.isJson()) {
      // The apply report goes inside the one install document; diagnostics still reach stderr.
      Output diagnostics =
          new Output(
              new PrintWriter(Writer.nullWriter()), out.err(), true, out.isQuiet(), out.color());
      new ApplyRenderer(diagnostics, verbose).render(report, applied.interrupted());
      out.json(document.apply(report));
    } else {
      new ApplyRenderer(out, verbose).render(report, applied.interrupted());
    }
    return report.exitCode(ctx.global().strict(), applied.interrupted()).code();
  }
}
