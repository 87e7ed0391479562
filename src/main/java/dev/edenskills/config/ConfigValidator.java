package dev.edenskills.config;

import dev.edenskills.common.ErrorCode;
import dev.edenskills.source.RepoLocation;
import dev.edenskills.source.SubpathRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rules of CONTRACT §3 that apply to values, checked on records so the loader and the editing
 * commands ({@code add}, {@code set}) share them. Every problem is returned, none is thrown.
 *
 * <p>Besides the contract's codes, {@link ErrorCode#INVALID_VALUE} covers a value of the right type
 * outside its allowed set where the contract names no code: {@code reactor.timeout_secs}
 * (0..86400), {@code reactor.retries} (0..10), {@code scope}, {@code ref}, and paths (empty,
 * control characters, {@code ~name}).
 */
public final class ConfigValidator {
  public static final int MAX_TIMEOUT_SECS = 86_400;
  public static final int MAX_RETRIES = 10;

  private ConfigValidator() {}

  /** Every problem in {@code config}, in file order. */
  public static List<ConfigIssue> validate(Config config) {
    List<ConfigIssue> issues = new ArrayList<>();
    issues.addAll(storage(config.storage()));
    issues.addAll(reactor(config.reactor()));
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < config.skills().size(); i++) {
      issues.addAll(skill(i, config.skills().get(i), seen));
    }
    for (RegistryConfig r : config.registries()) {
      RegistryReader.urlProblem(r.url())
          .ifPresent(
              p ->
                  issues.add(new ConfigIssue(ErrorCode.INVALID_REPO, "registries." + r.name(), p)));
    }
    issues.addAll(registries(config.skills(), config.registries()));
    return issues;
  }

  /** Named sources checked against the registries (CONTRACT §11). */
  static List<ConfigIssue> registries(List<SkillSpec> skills, List<RegistryConfig> registries) {
    List<ConfigIssue> issues = new ArrayList<>();
    for (int i = 0; i < skills.size(); i++) {
      SourceSpec source = skills.get(i).source();
      if (source.unresolvedName()) {
        issues.addAll(
            RegistryReader.check(
                "skills[" + i + "].source", source.registry().orElseThrow(), registries));
      }
    }
    return issues;
  }

  static List<ConfigIssue> storage(StorageConfig storage) {
    List<ConfigIssue> issues = new ArrayList<>();
    ValueRules.pathProblem("storage root", storage.root())
        .ifPresent(p -> issues.add(new ConfigIssue(ErrorCode.INVALID_VALUE, "storage.root", p)));
    return issues;
  }

  static List<ConfigIssue> reactor(ReactorConfig r) {
    List<ConfigIssue> issues = new ArrayList<>();
    if (r.concurrency() < ReactorConfig.MIN_CONCURRENCY
        || r.concurrency() > ReactorConfig.MAX_CONCURRENCY) {
      issues.add(
          new ConfigIssue(
              ErrorCode.INVALID_CONCURRENCY,
              "reactor.concurrency",
              "concurrency "
                  + r.concurrency()
                  + " is outside "
                  + ReactorConfig.MIN_CONCURRENCY
                  + ".."
                  + ReactorConfig.MAX_CONCURRENCY));
    }
    if (r.timeoutSecs() < 0 || r.timeoutSecs() > MAX_TIMEOUT_SECS) {
      issues.add(
          new ConfigIssue(
              ErrorCode.INVALID_VALUE,
              "reactor.timeout_secs",
              "timeout_secs "
                  + r.timeoutSecs()
                  + " is outside 0.."
                  + MAX_TIMEOUT_SECS
                  + " (0 means no timeout)"));
    }
    if (r.retries() < 0 || r.retries() > MAX_RETRIES) {
      issues.add(
          new ConfigIssue(
              ErrorCode.INVALID_VALUE,
              "reactor.retries",
              "retries " + r.retries() + " is outside 0.." + MAX_RETRIES));
    }
    return issues;
  }

  /**
   * The problems of skill number {@code index}; {@code seen} maps ids of earlier skills to their
   * index, for duplicates.
   */
  static List<ConfigIssue> skill(int index, SkillSpec skill, Map<String, Integer> seen) {
    String at = "skills[" + index + "]";
    List<ConfigIssue> issues = new ArrayList<>();
    ValueRules.skillIdProblem(skill.id())
        .ifPresent(p -> issues.add(new ConfigIssue(ErrorCode.INVALID_SKILL_ID, at + ".id", p)));
    Integer first = seen.putIfAbsent(skill.id(), index);
    if (first != null) {
      issues.add(
          new ConfigIssue(
              ErrorCode.DUPLICATE_SKILL_ID,
              at + ".id",
              "id '" + skill.id() + "' is already used by skills[" + first + "]"));
    }
    if (!skill.source().unresolvedName()) {
      RepoLocation.problem(skill.source().repo())
          .ifPresent(
              p -> issues.add(new ConfigIssue(ErrorCode.INVALID_REPO, at + ".source.repo", p)));
      ValueRules.refProblem(skill.source().ref())
          .ifPresent(
              p -> issues.add(new ConfigIssue(ErrorCode.INVALID_VALUE, at + ".source.ref", p)));
      SubpathRules.problem(skill.source().subpath())
          .ifPresent(
              p ->
                  issues.add(
                      new ConfigIssue(ErrorCode.INVALID_SUBPATH, at + ".source.subpath", p)));
    }
    if (skill.targets().isEmpty()) {
      issues.add(
          new ConfigIssue(
              ErrorCode.NO_TARGETS,
              at + ".targets",
              "skill '" + skill.id() + "' has no targets; add a [[skills.targets]] with an agent"));
    }
    for (int t = 0; t < skill.targets().size(); t++) {
      issues.addAll(target(at + ".targets[" + t + "]", skill.targets().get(t)));
    }
    if (skill.verify().enabled() && skill.verify().checks().isEmpty()) {
      issues.add(
          new ConfigIssue(
              ErrorCode.INVALID_CHECK,
              at + ".verify.checks",
              "verification is enabled with no checks; list checks or set enabled = false"));
    }
    return issues;
  }

  static List<ConfigIssue> target(String at, TargetSpec target) {
    List<ConfigIssue> issues = new ArrayList<>();
    boolean custom = target.agent().equals(TargetSpec.CUSTOM);
    if (custom) {
      if (target.path().isEmpty() || target.path().get().isEmpty()) {
        issues.add(
            new ConfigIssue(
                ErrorCode.MISSING_TARGET_PATH, at + ".path", "custom target needs a path"));
      }
      if (target.scope() == Scope.PROJECT) {
        issues.add(
            new ConfigIssue(
                ErrorCode.INVALID_VALUE,
                at + ".scope",
                "a custom target has no project scope; give its path relative to the config"));
      }
    } else if (target.container().isPresent() && target.scope() == Scope.PROJECT) {
      issues.add(
          new ConfigIssue(
              ErrorCode.INVALID_VALUE,
              at + ".scope",
              "a target inside a container has no project scope; give the project's skill"
                  + " directory inside the container as a custom path"));
    }
    if (!custom && !AgentTable.builtin().contains(target.agent())) {
      String guess =
          AgentTable.builtin()
              .suggest(target.agent())
              .map(g -> "did you mean '" + g + "'? ")
              .orElse("");
      issues.add(
          new ConfigIssue(
              ErrorCode.UNKNOWN_AGENT,
              at + ".agent",
              "unknown agent '"
                  + target.agent()
                  + "'; "
                  + guess
                  + "run 'eden-skills agents' for the list, or use \"custom\" with a path"));
    }
    target
        .path()
        .filter(p -> !p.isEmpty() || !custom)
        .flatMap(p -> ValueRules.pathProblem("target path", p))
        .ifPresent(p -> issues.add(new ConfigIssue(ErrorCode.INVALID_VALUE, at + ".path", p)));
    return issues;
  }

  static String modeMessage(String raw) {
    return "mode '" + raw + "' is not \"symlink\" or \"copy\"";
  }

  static String checkMessage(String raw) {
    return "unknown check '"
        + raw
        + "'; known: "
        + Arrays.stream(VerifyCheck.values())
            .map(VerifyCheck::id)
            .collect(Collectors.joining(", "));
  }
}
