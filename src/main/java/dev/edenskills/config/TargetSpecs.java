package dev.edenskills.config;

import dev.edenskills.common.Problem;
import java.util.Optional;

/**
 * Parses command-line target specs: {@code <agent>}, {@code <agent>:project}, {@code
 * custom:<path>}.
 */
public final class TargetSpecs {
  private static final String FORMS = "<agent>, <agent>:project or custom:<path>";

  private TargetSpecs() {}

  /**
   * The target a spec names.
   *
   * @throws Problem (exit 2) for anything else, with the known agent ids in the hint
   */
  public static TargetSpec parse(String spec) {
    if (spec.startsWith(TargetSpec.CUSTOM + ":")) {
      String path = spec.substring(TargetSpec.CUSTOM.length() + 1);
      ValueRules.pathProblem("custom target path", path)
          .ifPresent(
              p -> {
                throw Problem.usage(
                    "MISSING_TARGET_PATH", p, "write custom:<path>, e.g. custom:./agent-skills");
              });
      return TargetSpec.custom(path);
    }
    if (spec.equals(TargetSpec.CUSTOM)) {
      throw Problem.usage(
          "MISSING_TARGET_PATH",
          "target 'custom' needs a path",
          "write custom:<path>, e.g. custom:./agent-skills");
    }
    int colon = spec.indexOf(':');
    String agent = colon < 0 ? spec : spec.substring(0, colon);
    Optional<String> suffix = colon < 0 ? Optional.empty() : Optional.of(spec.substring(colon + 1));
    if (suffix.isPresent() && !suffix.get().equals(Scope.PROJECT.id())) {
      throw Problem.usage(
          "INVALID_TARGET", "'" + spec + "' is not a target: use " + FORMS, knownAgents());
    }
    if (!AgentTable.builtin().contains(agent)) {
      String guess =
          AgentTable.builtin().suggest(agent).map(g -> " (did you mean '" + g + "'?)").orElse("");
      throw Problem.usage(
          "UNKNOWN_AGENT",
          "unknown agent '" + agent + "' in target '" + spec + "'" + guess,
          knownAgents());
    }
    return new TargetSpec(
        agent, Optional.empty(), suffix.isPresent() ? Scope.PROJECT : Scope.GLOBAL);
  }

  /** The spec that parses back to {@code target}, for output. */
  public static String format(TargetSpec target) {
    if (target.agent().equals(TargetSpec.CUSTOM)) {
      return TargetSpec.CUSTOM + ":" + target.path().orElse("");
    }
    return target.agent()
        + (target.scope() == Scope.PROJECT ? ":project" : "")
        + target.path().map(p -> " (path " + p + ")").orElse("");
  }

  private static String knownAgents() {
    return "use " + FORMS + "; known agents: " + String.join(", ", AgentTable.builtin().ids());
  }
}
