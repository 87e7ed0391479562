package dev.edenskills.docker;

import dev.edenskills.common.Env;
import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import dev.edenskills.config.Agent;
import dev.edenskills.config.AgentTable;
import dev.edenskills.config.ContainerPath;
import dev.edenskills.config.TargetResolver;
import dev.edenskills.config.TargetSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The agents installed inside a container: those whose config directory exists under the container
 * user's home (the same rule as on the host, asked with one {@code docker exec}).
 */
public final class ContainerAgents {
  private static final String EXISTING_DIRS =
      "for d; do if [ -d \"$d\" ]; then echo \"$d\"; fi; done";

  private final Containers containers;

  public ContainerAgents(Env env) {
    this.containers = new Containers(new DockerCli(env));
  }

  /** One agent and its skill root inside the container (absolute, {@code ~} resolved). */
  public record Found(Agent agent, String skillRoot) {}

  /**
   * The agents detected in {@code container}, in agent-table order.
   *
   * @throws Problem when the container cannot be reached
   */
  public List<Found> detect(String container) {
    String home = containers.home(container);
    Map<String, Agent> byHomeDir = new LinkedHashMap<>();
    for (Agent a : AgentTable.builtin().all()) {
      byHomeDir.put(inner(a.homeDir(env(container)), home), a);
    }
    List<String> argv =
        new ArrayList<>(List.of("exec", container, "/bin/sh", "-c", EXISTING_DIRS, "sh"));
    argv.addAll(byHomeDir.keySet());
    DockerCli.Result r = containers.cli().run(argv);
    if (!r.ok()) {
      throw Problem.runtime(
          ErrorCode.TARGET_IO,
          "cannot look for agents in container " + container + ": " + r.firstError(),
          "the container needs /bin/sh; or name the agents: --target <agent>@docker:" + container);
    }
    Set<String> present = r.out().lines().map(String::strip).collect(Collectors.toSet());
    List<Found> out = new ArrayList<>();
    byHomeDir.forEach(
        (dir, agent) -> {
          if (present.contains(dir)) {
            out.add(new Found(agent, root(agent, container, home)));
          }
        });
    return out;
  }

  /** The skill root of {@code agent} inside {@code container} (absolute). */
  public String root(Agent agent, String container, String home) {
    return inner(
        TargetResolver.resolve(TargetSpec.agent(agent.id()).in(container), null, null), home);
  }

  /** The container user's home. */
  public String home(String container) {
    return containers.home(container);
  }

  /** The container's bind mounts and state. */
  public ContainerInfo info(String container) {
    return containers.find(container);
  }

  private static Env env(String container) {
    return new Env(
        Map.of(),
        ContainerPath.encode(container, "~"),
        ContainerPath.encode(container, "/"),
        java.time.Clock.systemUTC(),
        false);
  }

  private static String inner(Path encoded, String home) {
    return ContainerPath.decode(encoded).orElseThrow().resolvedAgainst(home);
  }
}
