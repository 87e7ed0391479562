package dev.edenskills.config;

import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Parses command-line target specs: {@code <agent>}, {@code <agent>:project}, {@code
 * custom:<path>}, each optionally followed by {@code @docker:<container>} (CONTRACT §10). A bare
 * {@code docker:<container>} means "the agents found in that container" and is expanded by the
 * caller, who can ask the engine ({@link #wholeContainer}).
 */
public final class TargetSpecs {
  private static final String FORMS =
      "<agent>, <agent>:project, custom:<path>, <agent>@docker:<container> or docker:<container>";

  private static final String AT_DOCKER = "@" + TargetSpec.DOCKER_PREFIX;

  /**
   * The targets {@code specs} name, in order; a bare {@code docker:<container>} becomes what {@code
   * inContainer} finds there (the only case that asks the engine).
   */
  public static List<TargetSpec> expand(
      List<String> specs, Function<String, List<TargetSpec>> inContainer) {
    List<TargetSpec> out = new ArrayList<>();
    for (String spec : specs) {
      Optional<String> container = wholeContainer(spec);
      if (container.isPresent()) {
        out.addAll(inContainer.apply(container.get()));
      } else {
        out.add(parse(spec));
      }
    }
    return out;
  }

  /** The container of a bare {@code docker:<container>} spec, empty for any other spec. */
  public static Optional<String> wholeContainer(String spec) {
    if (!spec.startsWith(TargetSpec.DOCKER_PREFIX)) {
      return Optional.empty();
    }
    return Optional.of(container(spec, spec));
  }

  private static String container(String spec, String environment) {
    return ContainerPath.parseEnvironment(environment)
        .orElseThrow(
            () ->
                Problem.usage(
                    ErrorCode.INVALID_TARGET,
                    "'" + spec + "' does not name a container",
                    "write docker:<container name or id>, e.g. docker:devbox"));
  }

  private TargetSpecs() {}

  /**
   * The target a spec names.
   *
   * @throws Problem (exit 2) for anything else, with the known agent ids in the hint
   */
  public static TargetSpec parse(String spec) {
    int at = spec.lastIndexOf(AT_DOCKER);
    if (at > 0) {
      String container = container(spec, spec.substring(at + 1));
      TargetSpec inner = parse(spec.substring(0, at));
      if (inner.scope() == Scope.PROJECT) {
        throw Problem.usage(
            ErrorCode.INVALID_TARGET,
            "'" + spec + "': a target inside a container has no project scope",
            "use custom:<path inside the container>@docker:" + container);
      }
      return inner.in(container);
    }
    if (spec.startsWith(TargetSpec.DOCKER_PREFIX)) {
      throw Problem.usage(
          ErrorCode.INVALID_TARGET,
          "'" + spec + "' names a whole container, not one target",
          "write <agent>@" + spec + " (this command does not look inside containers)");
    }
    if (spec.startsWith(TargetSpec.CUSTOM + ":")) {
      String path = spec.substring(TargetSpec.CUSTOM.length() + 1);
      ValueRules.pathProblem("custom target path", path)
          .ifPresent(
              p -> {
                throw Problem.usage(
                    ErrorCode.MISSING_TARGET_PATH,
                    p,
                    "write custom:<path>, e.g. custom:./agent-skills");
              });
      return TargetSpec.custom(path);
    }
    if (spec.equals(TargetSpec.CUSTOM)) {
      throw Problem.usage(
          ErrorCode.MISSING_TARGET_PATH,
          "target 'custom' needs a path",
          "write custom:<path>, e.g. custom:./agent-skills");
    }
    int colon = spec.indexOf(':');
    String agent = colon < 0 ? spec : spec.substring(0, colon);
    Optional<String> suffix = colon < 0 ? Optional.empty() : Optional.of(spec.substring(colon + 1));
    if (suffix.isPresent() && !suffix.get().equals(Scope.PROJECT.id())) {
      throw Problem.usage(
          ErrorCode.INVALID_TARGET, "'" + spec + "' is not a target: use " + FORMS, knownAgents());
    }
    if (!AgentTable.builtin().contains(agent)) {
      String guess =
          AgentTable.builtin().suggest(agent).map(g -> " (did you mean '" + g + "'?)").orElse("");
      throw Problem.usage(
          ErrorCode.UNKNOWN_AGENT,
          "unknown agent '" + agent + "' in target '" + spec + "'" + guess,
          knownAgents());
    }
    return new TargetSpec(
        agent, Optional.empty(), suffix.isPresent() ? Scope.PROJECT : Scope.GLOBAL);
  }

  /** The spec that parses back to {@code target}, for output. */
  public static String format(TargetSpec target) {
    String where = target.container().map(c -> AT_DOCKER + c).orElse("");
    if (target.agent().equals(TargetSpec.CUSTOM)) {
      return TargetSpec.CUSTOM + ":" + target.path().orElse("") + where;
    }
    return target.agent()
        + (target.scope() == Scope.PROJECT ? ":project" : "")
        + where
        + target.path().map(p -> " (path " + p + ")").orElse("");
  }

  private static String knownAgents() {
    return "use " + FORMS + "; known agents: " + String.join(", ", AgentTable.builtin().ids());
  }
}
