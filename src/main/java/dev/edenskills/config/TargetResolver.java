package dev.edenskills.config;

import dev.edenskills.common.Env;
import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import java.nio.file.Path;

/**
 * Turns a target into the skill root directory it means; a skill is installed at {@code
 * <root>/<skill id>}. A target inside a container resolves to a {@link ContainerPath} without
 * asking the engine.
 */
public final class TargetResolver {
  private TargetResolver() {}

  /**
   * An explicit {@code path} wins ({@code ~} expanded, relative to the config's directory); else a
   * project-scope target uses the agent's project root under the config's directory; else the
   * agent's global root. Inside a container, {@code ~} is the container user's home, a relative
   * path is relative to it, and the host's variables play no part.
   */
  public static Path resolve(TargetSpec target, Env env, Path configBaseDir) {
    if (target.container().isPresent()) {
      return inContainer(target, target.container().get());
    }
    if (target.path().isPresent()) {
      return env.expand(target.path().get(), configBaseDir);
    }
    Agent agent = agent(target);
    return switch (target.scope()) {
      case PROJECT -> agent.projectRoot(configBaseDir);
      case GLOBAL -> agent.globalRoot(env);
    };
  }

  private static Path inContainer(TargetSpec target, String container) {
    if (target.path().isPresent()) {
      String p = target.path().get();
      boolean absolute = p.startsWith("/") || p.equals("~") || p.startsWith("~/");
      return ContainerPath.encode(container, absolute ? p : "~/" + p);
    }
    if (target.scope() == Scope.PROJECT) {
      throw Problem.usage(
          ErrorCode.INVALID_TARGET,
          "target " + target.agent() + " in container " + container + " cannot be project-scoped",
          "give the project's skill directory inside the container as a custom path");
    }
    return agent(target).globalRoot(ContainerPath.environment(container));
  }

  private static Agent agent(TargetSpec target) {
    return AgentTable.builtin()
        .find(target.agent())
        .orElseThrow(
            () ->
                Problem.usage(
                    ErrorCode.UNKNOWN_AGENT,
                    "unknown agent '" + target.agent() + "'",
                    "run 'eden-skills agents' to see the known agents"));
  }

  /** Whether {@code agent} looks installed: its own config directory exists. */
  public static boolean detected(Agent agent, Env env) {
    return agent.detected(env);
  }
}
