package dev.edenskills.cli;

import dev.edenskills.apply.ApplyReport;
import dev.edenskills.apply.ApplyResult;
import dev.edenskills.cli.render.ApplyRenderer;
import dev.edenskills.cli.render.DoctorRenderer;
import dev.edenskills.cli.render.Output;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.doctor.Repair;
import dev.edenskills.doctor.RepairResult;
import dev.edenskills.doctor.RepairStep;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code repair}: fix every recoverable doctor finding, then print what is left. */
@Command(
    name = "repair",
    description =
        "Re-create missing or broken installs, restore edited copies and missing snapshots,"
            + " remove stale temp entries; then print the findings that are left.")
final class RepairCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Option(names = "--force", description = "Also replace content at targets the tool does not own.")
  boolean force;

  RepairCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  /** {@code --json}: what was found, done and left. */
  record Document(
      DoctorRenderer.Document found,
      List<String> actions,
      List<String> failures,
      ApplyReport apply,
      DoctorRenderer.Document remaining) {}

  @Override
  public Integer call() throws InterruptedException {
    ConfigFile config = ctx.loadConfig();
    Output out = ctx.output();
    RepairResult result =
        new Repair(ctx.env(), out::warn).run(config, force, ctx.progressListener());
    ApplyReport apply = result.apply().map(ApplyReport::of).orElse(null);
    boolean interrupted = result.apply().map(ApplyResult::interrupted).orElse(result.interrupted());
    if (out.isJson()) {
      out.json(
          new Document(
              DoctorRenderer.document(result.before()),
              result.actions().stream().map(RepairCommand::line).toList(),
              result.failures().stream().map(RepairCommand::line).toList(),
              apply,
              DoctorRenderer.document(result.after())));
      if (apply != null) {
        apply.failures().forEach(f -> out.error("failed " + f.render()));
      }
    } else {
      result.actions().forEach(step -> out.info(line(step)));
      if (apply != null) {
        new ApplyRenderer(out, ctx.global().verbose()).render(apply, interrupted);
      } else if (result.actions().isEmpty() && result.failures().isEmpty()) {
        out.info("nothing to repair");
      }
    }
    result.failures().forEach(f -> out.error(out.paint("31", "failed") + " " + line(f)));
    if (!out.isJson()) {
      out.line("after repair:");
      new DoctorRenderer(out, ctx.global().verbose()).text(result.after());
    }
    return result.exitCode(ctx.global().strict()).code();
  }

  /** How one kind of step is said: its verb done, its verb after "could not", its object. */
  private record Words(String done, String notDone, String what) {}

  /** One of repair's own steps in words: what it did, or what it could not do and why. */
  static String line(RepairStep step) {
    String snapshot = "snapshot of " + step.subject();
    Words w =
        switch (step.kind()) {
          case REMOVE_STALE_TEMP -> new Words("removed", "remove", "stale temp " + step.subject());
          case SET_ASIDE_SNAPSHOT -> new Words("set aside", "set aside", "the damaged " + snapshot);
          case RESTORE_SNAPSHOT -> new Words("restored", "restore", snapshot);
          case REWRITE_SNAPSHOT -> new Words("rewrote", "settle", "the damaged " + snapshot);
        };
    return step.error()
        .map(e -> "could not " + w.notDone() + " " + w.what() + ": " + e)
        .orElse(w.done() + " " + w.what());
  }
}
