package dev.edenskills.cli;

import dev.edenskills.apply.ApplyEngine;
import dev.edenskills.apply.ApplyOptions;
import dev.edenskills.apply.ApplyReport;
import dev.edenskills.apply.ApplyResult;
import dev.edenskills.cli.render.ApplyRenderer;
import dev.edenskills.cli.render.Output;
import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.ExitCode;
import dev.edenskills.common.Problem;
import dev.edenskills.config.ConfigFile;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code apply}: converge the machine to the config (CONTRACT §6). */
@Command(
    name = "apply",
    description = "Sync every source in parallel, install, verify and write the lock.")
final class ApplyCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      description =
          "Repositories synced at once, 1..100 (default: [reactor] concurrency, else 10).")
  Integer concurrency;

  @Option(names = "--force", description = "Replace content at targets the tool does not own.")
  boolean force;

  @Option(names = "--update", description = "Fetch every source even if the lock is current.")
  boolean update;

  @Option(names = "--no-create-dirs", description = "Fail instead of creating missing skill roots.")
  boolean noCreateDirs;

  @Option(
      names = "--locked",
      description =
          "Install exactly the commits skills.lock pins (CI): exit 3 if the config and the lock"
              + " disagree; the lock is never rewritten.")
  boolean locked;

  ApplyCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (locked && update) {
      throw Problem.usage(
          ErrorCode.USAGE,
          "--locked and --update contradict each other",
          "--locked installs the lock as it is; --update moves it forward");
    }
    ApplyOptions options =
        new ApplyOptions(Concurrency.parse(concurrency), force, update, !noCreateDirs, Set.of());
    if (locked) {
      options = options.asLocked();
    }
    return run(ctx, options).code();
  }

  /** Runs the engine and renders its report; shared with the commands built on apply. */
  static ExitCode run(CliContext ctx, ApplyOptions options) throws InterruptedException {
    ConfigFile config = ctx.loadConfig();
    Output out = ctx.output();
    ApplyResult result =
        new ApplyEngine(ctx.env(), out::warn).apply(config, options, ctx.progressListener());
    ApplyReport report = ApplyReport.of(result);
    new ApplyRenderer(out, ctx.global().verbose()).render(report, result.interrupted());
    return report.exitCode(ctx.global().strict(), result.interrupted());
  }
}
