package dev.edenskills.config;

import dev.edenskills.common.Env;
import dev.edenskills.common.Problem;
import java.nio.file.Path;

/**
 * Turns a target into the skill root directory it means; a skill is installed at {@code
 * <root>/<skill id>}.
 */
public final class TargetResolver {
  private TargetResolver() {}

  /**
   * An explicit {@code path} wins ({@code ~} expanded, relative to the config's directory); else a
   * project-scope target uses the agent's project root under the config's directory; else the
   * agent's global root.
   */
  public static Path resolve(TargetSpec target, Env env, Path configBaseDir) {
    if (target.path().isPresent()) {
      return env.expand(target.path().get(), configBaseDir);
    }
    Agent agent =
        AgentTable.builtin()
            .find(target.agent())
            .orElseThrow(
                () ->
                    Problem.usage(
                        "UNKNOWN_AGENT",
                        "unknown agent '" + target.agent() + "'",
                        "run 'eden-skills agents' to see the known agents"));
    return switch (target.scope()) {
      case PROJECT -> agent.projectRoot(configBaseDir);
      case GLOBAL -> agent.globalRoot(env);
    };
  }

  /** Whether {@code agent} looks installed: its own config directory exists. */
  public static boolean detected(Agent agent, Env env) {
    return agent.detected(env);
  }
}
