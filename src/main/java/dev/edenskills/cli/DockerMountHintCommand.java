package dev.edenskills.cli;

import dev.edenskills.cli.render.Output;
import dev.edenskills.common.ExitCode;
import dev.edenskills.config.AgentTable;
import dev.edenskills.config.StorageConfig;
import dev.edenskills.docker.ContainerAgents;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code docker mount-hint <container>}: the {@code -v} flags that would let installs for the
 * container's agents happen on the host side of bind mounts (and symlinks resolve inside it).
 */
@Command(
    name = "mount-hint",
    description =
        "Print the -v flags that let installs for a container's agents go through bind mounts.")
final class DockerMountHintCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Parameters(index = "0", paramLabel = "<container>", description = "Container name or id.")
  String container;

  DockerMountHintCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  /** One suggested mount, for {@code --json}. */
  record Mount(String agent, String host, String container, boolean read_only) {
    String flag() {
      return "-v " + host + ":" + this.container + (read_only ? ":ro" : "");
    }
  }

  @Override
  public Integer call() {
    ContainerAgents agents = new ContainerAgents(ctx.env());
    String home = agents.home(container);
    Map<String, String> roots = new LinkedHashMap<>();
    for (ContainerAgents.Found f : agents.detect(container)) {
      roots.put(f.agent().id(), f.skillRoot());
    }
    if (roots.isEmpty()) {
      // Nothing detected yet: the default agent, as install would choose.
      var fallback = AgentTable.builtin().find("claude-code").orElseThrow();
      roots.put(fallback.id(), agents.root(fallback, container, home));
    }
    Path mountsDir = ctx.env().home().resolve(".eden-skills/mounts").resolve(container);
    List<Mount> mounts = new ArrayList<>();
    roots.forEach(
        (agent, root) ->
            mounts.add(new Mount(agent, mountsDir.resolve(agent).toString(), root, false)));
    // The store at its own path: symlink installs then resolve inside the container too.
    String store = storeRoot().toString();
    mounts.add(new Mount("store", store, store, true));
    Output out = ctx.output();
    if (out.isJson()) {
      out.json(mounts);
      return ExitCode.OK.code();
    }
    mounts.forEach(m -> out.line(m.flag()));
    return ExitCode.OK.code();
  }

  private Path storeRoot() {
    return ctx.configStore().exists()
        ? ctx.loadConfig().storeRoot(ctx.env())
        : ctx.env().expand(StorageConfig.DEFAULT.root(), ctx.env().cwd());
  }
}
