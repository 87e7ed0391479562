package dev.edenskills.install;

import dev.edenskills.common.Env;
import dev.edenskills.config.Agent;
import dev.edenskills.config.AgentTable;
import dev.edenskills.config.TargetSpec;
import dev.edenskills.config.TargetSpecs;
import dev.edenskills.docker.ContainerTargets;
import java.util.List;

/**
 * Where {@code install} puts skills (CONTRACT §7): the {@code --target} specs when given; else the
 * agents detected on this machine; else Claude Code. Carries why, so the command can say it.
 *
 * @param why {@code "--target"}, {@code "detected"} or {@code "default: no agent detected"}
 */
public record InstallTargets(List<TargetSpec> targets, String why) {
  public static final String FALLBACK_AGENT = "claude-code";

  public InstallTargets {
    targets = List.copyOf(targets);
  }

  /**
   * @throws dev.edenskills.common.Problem (exit 2) for a spec that is not a target
   */
  public static InstallTargets choose(List<String> specs, Env env) {
    if (!specs.isEmpty()) {
      return new InstallTargets(
          TargetSpecs.expand(specs, c -> ContainerTargets.agentsIn(c, env)).stream()
              .distinct()
              .toList(),
          "--target");
    }
    List<TargetSpec> detected =
        AgentTable.builtin().all().stream()
            .filter(a -> a.detected(env))
            .map(Agent::id)
            .map(TargetSpec::agent)
            .toList();
    return detected.isEmpty()
        ? new InstallTargets(
            List.of(TargetSpec.agent(FALLBACK_AGENT)), "default: no agent detected")
        : new InstallTargets(detected, "detected");
  }

  /** {@code claude-code, cursor:project, custom:/x}. */
  public String describe() {
    return String.join(", ", targets.stream().map(TargetSpecs::format).toList());
  }
}
