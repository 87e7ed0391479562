package dev.edenskills.cli;

import dev.edenskills.cli.render.Output;
import dev.edenskills.common.ExitCode;
import dev.edenskills.config.Agent;
import dev.edenskills.config.AgentTable;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code agents}: the agent table, which agents are detected, and their resolved skill roots. */
@Command(
    name = "agents",
    description = "List the known agents, whether each is detected, and their skill roots.")
final class AgentsCommand implements Callable<Integer> {
  private final CliContext ctx;

  AgentsCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  /**
   * One agent in {@code --json}; {@code project_path} is {@code project_dir} under the config's
   * directory, where {@code scope = "project"} targets go.
   */
  record AgentView(
      String id,
      String name,
      boolean detected,
      String global_path,
      String project_dir,
      String project_path) {}

  @Override
  public Integer call() {
    Path base = ctx.configStore().path().getParent();
    List<AgentView> agents = AgentTable.builtin().all().stream().map(a -> view(a, base)).toList();
    Output out = ctx.output();
    if (out.isJson()) {
      out.json(agents);
      return ExitCode.OK.code();
    }
    TextTable table = new TextTable("AGENT", "DETECTED", "GLOBAL", "PROJECT");
    for (AgentView a : agents) {
      table.row(a.id(), a.detected() ? "yes" : "no", a.global_path(), a.project_dir());
    }
    table.lines().forEach(out::line);
    return ExitCode.OK.code();
  }

  private AgentView view(Agent agent, Path base) {
    return new AgentView(
        agent.id(),
        agent.displayName(),
        agent.detected(ctx.env()),
        agent.globalRoot(ctx.env()).toString(),
        agent.project(),
        agent.projectRoot(base).toString());
  }
}
