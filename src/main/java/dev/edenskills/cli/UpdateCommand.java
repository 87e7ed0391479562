package dev.edenskills.cli;

import dev.edenskills.apply.ApplyReport;
import dev.edenskills.cli.render.ApplyRenderer;
import dev.edenskills.cli.render.Output;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.maintain.SkillChange;
import dev.edenskills.maintain.UpdateResult;
import dev.edenskills.maintain.Updater;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code update [ID…]}: move every ref to its newest commit; print old → new per skill. */
@Command(
    name = "update",
    description =
        "Fetch the newest commit of each ref, re-install what changed and rewrite the lock.")
final class UpdateCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Parameters(arity = "0..*", paramLabel = "ID", description = "Skills to update (default: all).")
  List<String> ids = List.of();

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      description = "Repositories fetched at once, 1..100 (default: [reactor] concurrency).")
  Integer concurrency;

  UpdateCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  /** One skill in {@code --json}: commits are null when there is none. */
  record ChangeView(
      String id, String oldCommit, String newCommit, SkillChange.Status status, String detail) {
    static ChangeView of(SkillChange c) {
      return new ChangeView(
          c.id(),
          c.oldCommit().orElse(null),
          c.newCommit().orElse(null),
          c.status(),
          c.detail().orElse(null));
    }
  }

  /** The {@code --json} document. */
  record Document(List<ChangeView> skills, UpdateResult.Summary summary, ApplyReport apply) {}

  @Override
  public Integer call() throws InterruptedException {
    ConfigFile config = ctx.loadConfig();
    Output out = ctx.output();
    UpdateResult result =
        new Updater(ctx.env(), out::warn)
            .update(config, ids, Concurrency.parse(concurrency), ctx.progressListener());
    ApplyReport report = ApplyReport.of(result.apply());
    boolean interrupted = result.apply().interrupted();
    if (out.isJson()) {
      out.json(
          new Document(
              result.changes().stream().map(ChangeView::of).toList(), result.summary(), report));
      report.failures().forEach(f -> out.error("failed " + f.render()));
    } else {
      new ApplyRenderer(out, ctx.global().verbose()).render(report, interrupted);
      int width = result.changes().stream().mapToInt(c -> c.id().length()).max().orElse(0);
      for (SkillChange c : result.changes()) {
        out.line(("%-" + width + "s  %s").formatted(c.id(), c.render()));
      }
      out.line(result.summary().render());
    }
    return report.exitCode(ctx.global().strict(), interrupted).code();
  }
}
