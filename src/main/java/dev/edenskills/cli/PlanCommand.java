package dev.edenskills.cli;

import dev.edenskills.adapter.TargetAdapters;
import dev.edenskills.apply.OfflinePlan;
import dev.edenskills.cli.render.Output;
import dev.edenskills.common.ExitCode;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.lock.LockRead;
import dev.edenskills.lock.LockStore;
import dev.edenskills.plan.Action;
import dev.edenskills.plan.PlanEntry;
import dev.edenskills.resolve.SkillResolver;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code plan}: what apply would do, per skill and target; read-only and offline. */
@Command(name = "plan", description = "Show what apply would change (read-only, offline).")
final class PlanCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Option(
      names = "--force",
      description = "Plan as apply --force would (conflicts become updates).")
  boolean force;

  @Option(
      names = "--exit-code",
      description = "Exit 3 when apply would change anything (for CI); 0 when all is noop.")
  boolean exitCode;

  PlanCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    ConfigFile config = ctx.loadConfig();
    Output out = ctx.output();
    LockRead read = LockStore.read(config.lockPath());
    if (read instanceof LockRead.Unusable unusable) {
      out.warn(unusable.reason() + "; planning a full reconciliation");
    }
    OfflinePlan.Plan plan =
        new OfflinePlan(ctx.env(), new TargetAdapters(ctx.env())).plan(config, read.lock(), force);
    List<PlanEntry> entries = plan.entries();
    for (SkillResolver.Unresolved u : plan.unresolved()) {
      out.warn(
          "skill %s is not planned: %s: %s%s"
              .formatted(
                  u.id(),
                  u.problem().code(),
                  u.problem().getMessage(),
                  u.problem().hint().isEmpty() ? "" : " (" + u.problem().hint() + ")"));
    }
    if (out.isJson()) {
      out.json(entries);
    } else if (entries.isEmpty() && plan.unresolved().isEmpty()) {
      out.line("nothing to do: the config declares no skills");
    } else {
      for (PlanEntry e : entries) {
        out.line(
            "%-8s %-24s %s%s"
                .formatted(
                    e.action().id(),
                    e.skillId(),
                    e.targetPath(),
                    e.reasons().isEmpty() ? "" : "  (" + String.join("; ", e.reasons()) + ")"));
      }
    }
    boolean conflicts = entries.stream().anyMatch(e -> e.action() == Action.CONFLICT);
    // A skill no registry resolves is not converged either: apply would fail it.
    boolean changes =
        entries.stream().anyMatch(e -> e.action() != Action.NOOP) || !plan.unresolved().isEmpty();
    boolean strictFail = ctx.global().strict() && conflicts;
    return (strictFail || (exitCode && changes) ? ExitCode.STRICT : ExitCode.OK).code();
  }
}
