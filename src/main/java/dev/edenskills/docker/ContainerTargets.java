package dev.edenskills.docker;

import dev.edenskills.common.Env;
import dev.edenskills.config.TargetSpec;
import java.util.List;

/**
 * What a command-line {@code --target docker:<container>} means: the agents detected inside that
 * container, Claude Code when none is (as {@code install} does on the host).
 */
public final class ContainerTargets {
  private ContainerTargets() {}

  /** The targets for every agent found in {@code container}. */
  public static List<TargetSpec> agentsIn(String container, Env env) {
    List<ContainerAgents.Found> found = new ContainerAgents(env).detect(container);
    if (found.isEmpty()) {
      return List.of(TargetSpec.agent("claude-code").in(container));
    }
    return found.stream().map(f -> TargetSpec.agent(f.agent().id()).in(container)).toList();
  }
}
