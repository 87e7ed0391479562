package dev.edenskills.cli;

import dev.edenskills.common.Env;
import dev.edenskills.common.ErrorCode;
import dev.edenskills.config.Config;
import dev.edenskills.config.ConfigInvalid;
import dev.edenskills.config.ConfigIssue;
import dev.edenskills.config.ConfigValidator;
import dev.edenskills.config.InstallMode;
import dev.edenskills.config.TargetSpec;
import dev.edenskills.config.TargetSpecs;
import dev.edenskills.source.SubpathRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code add} and {@code set} share: option values checked by the config's own validator, with
 * issues named after the options the user typed, so a bad edit is refused before anything is
 * written.
 */
final class SkillEdits {
  static final String SOURCE = "command line";

  private SkillEdits() {}

  /** {@code --mode}: symlink or copy; anything else is {@code INVALID_MODE} (exit 2). */
  static InstallMode mode(String raw) {
    return InstallMode.parse(raw)
        .orElseThrow(
            () ->
                new ConfigInvalid(
                    SOURCE,
                    List.of(
                        new ConfigIssue(
                            ErrorCode.INVALID_MODE,
                            "--mode",
                            "mode '" + raw + "' is not \"symlink\" or \"copy\""))));
  }

  static List<TargetSpec> targets(List<String> specs, Env env) {
    return TargetSpecs.expand(specs, c -> dev.edenskills.docker.ContainerTargets.agentsIn(c, env));
  }

  /** A valid subpath in normalized form; an invalid one is left for the validator to name. */
  static String subpath(String raw) {
    return SubpathRules.problem(raw).isEmpty() ? SubpathRules.normalize(raw) : raw;
  }

  /**
   * Throws {@link ConfigInvalid} with every problem of skill {@code id} in {@code next}, its field
   * paths replaced by the options that set them.
   */
  static void check(Config next, String id, String idOption) {
    check(next, List.of(id), idOption);
  }

  /**
   * {@link #check(Config, String, String)} for several ids at once: the config is validated once,
   * so installing a thousand skills costs one validation, not a thousand.
   */
  static void check(Config next, Collection<String> ids, String idOption) {
    Set<String> wanted = Set.copyOf(ids);
    Set<String> prefixes = new HashSet<>();
    for (int i = 0; i < next.skills().size(); i++) {
      if (wanted.contains(next.skills().get(i).id())) {
        prefixes.add("skills[" + i + "]");
      }
    }
    List<ConfigIssue> issues = new ArrayList<>();
    for (ConfigIssue issue : ConfigValidator.validate(next)) {
      int dot = issue.field().indexOf("].");
      if (dot > 0 && prefixes.contains(issue.field().substring(0, dot + 1))) {
        String field = issue.field().substring(dot + 2);
        issues.add(new ConfigIssue(issue.code(), option(field, idOption), issue.message()));
      }
    }
    if (!issues.isEmpty()) {
      throw new ConfigInvalid(SOURCE, issues);
    }
  }

  private static String option(String field, String idOption) {
    Optional<String> mapped =
        switch (field) {
          case "id" -> Optional.of(idOption);
          case "source.repo" -> Optional.of("--repo");
          case "source.ref" -> Optional.of("--ref");
          case "source.subpath" -> Optional.of("--subpath");
          case "install.mode" -> Optional.of("--mode");
          default -> Optional.empty();
        };
    if (mapped.isPresent()) {
      return mapped.get();
    }
    return field.startsWith("targets") ? "--target" : field;
  }
}
