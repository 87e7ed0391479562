package dev.edenskills.config;

import dev.edenskills.common.ErrorCode;
import dev.edenskills.source.SubpathRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * Reads one {@code [[skills]]} table into a {@link SkillSpec}. Values that cannot be read are
 * reported and replaced by placeholders, so the rest of the file is still checked; a config with
 * any error is never returned, so a placeholder never escapes.
 */
final class SkillReader {
  private static final Set<String> SKILL_KEYS =
      Set.of("id", "source", "install", "targets", "verify", "safety");
  private static final Set<String> SOURCE_KEYS =
      Set.of("repo", "ref", "subpath", "name", "version", "registry");
  private static final Set<String> TARGET_KEYS = Set.of("agent", "path", "scope", "environment");

  private final Issues issues;

  SkillReader(Issues issues) {
    this.issues = issues;
  }

  SkillSpec read(TomlTable table, String path) {
    TomlFields f = new TomlFields(table, path, issues);
    f.rejectUnknown(SKILL_KEYS);
    String id = f.requiredString("id", "every skill needs an id").orElse("");
    SourceSpec source = source(f);
    InstallMode mode = mode(f);
    List<TargetSpec> targets = targets(f);
    VerifySpec verify = verify(f, mode);
    boolean noExec = safety(f);
    return new SkillSpec(id, source, mode, targets, verify, noExec);
  }

  private SourceSpec source(TomlFields skill) {
    if (!skill.has("source")) {
      issues.error(
          ErrorCode.MISSING_FIELD,
          skill.field("source"),
          "every skill needs a [skills.source] table with a repo (or a registry name)");
      return new SourceSpec("", SourceSpec.DEFAULT_REF, SourceSpec.DEFAULT_SUBPATH);
    }
    Optional<TomlTable> table = skill.table("source");
    if (table.isEmpty()) {
      return new SourceSpec("", SourceSpec.DEFAULT_REF, SourceSpec.DEFAULT_SUBPATH);
    }
    TomlFields f = new TomlFields(table.get(), skill.field("source"), issues);
    f.rejectUnknown(SOURCE_KEYS);
    if (f.has("name")) {
      return RegistryReader.named(f, issues);
    }
    for (String key : List.of("version", "registry")) {
      if (f.has(key)) {
        issues.error(
            ErrorCode.INVALID_VALUE,
            f.field(key),
            key + " only applies to a source given by name (from a registry)");
      }
    }
    String repo =
        f.requiredString("repo", "a source needs a repo (owner/repo, a URL or ./dir)").orElse("");
    String ref = f.string("ref").orElse(SourceSpec.DEFAULT_REF);
    String subpath = f.string("subpath").orElse(SourceSpec.DEFAULT_SUBPATH);
    // Kept as written when invalid, so the validator can name it.
    if (SubpathRules.problem(subpath).isEmpty()) {
      subpath = SubpathRules.normalize(subpath);
    }
    return new SourceSpec(repo, ref, subpath);
  }

  private InstallMode mode(TomlFields skill) {
    Optional<TomlTable> table = skill.table("install");
    if (table.isEmpty()) {
      return InstallMode.SYMLINK;
    }
    TomlFields f = new TomlFields(table.get(), skill.field("install"), issues);
    f.rejectUnknown(Set.of("mode"));
    Optional<String> raw = f.string("mode");
    if (raw.isEmpty()) {
      return InstallMode.SYMLINK;
    }
    Optional<InstallMode> mode = InstallMode.parse(raw.get());
    if (mode.isEmpty()) {
      issues.error(ErrorCode.INVALID_MODE, f.field("mode"), ConfigValidator.modeMessage(raw.get()));
    }
    return mode.orElse(InstallMode.SYMLINK);
  }

  private List<TargetSpec> targets(TomlFields skill) {
    Optional<TomlArray> array = skill.array("targets");
    List<TargetSpec> targets = new ArrayList<>();
    if (array.isEmpty()) {
      return targets;
    }
    for (int i = 0; i < array.get().size(); i++) {
      String path = skill.field("targets") + "[" + i + "]";
      Object element = array.get().get(i);
      if (element instanceof TomlTable table) {
        targets.add(target(new TomlFields(table, path, issues)));
      } else {
        issues.error(
            ErrorCode.INVALID_TYPE,
            path,
            "expected a table ([[skills.targets]]), found " + TomlFields.describe(element));
        targets.add(TargetSpec.agent(""));
      }
    }
    return targets;
  }

  private TargetSpec target(TomlFields f) {
    f.rejectUnknown(TARGET_KEYS);
    String agent =
        f.requiredString("agent", "a target needs an agent (a known agent id or \"custom\")")
            .orElse("");
    Optional<String> path = f.string("path");
    Scope scope = Scope.GLOBAL;
    Optional<String> rawScope = f.string("scope");
    if (rawScope.isPresent()) {
      Optional<Scope> parsed = Scope.parse(rawScope.get());
      if (parsed.isEmpty()) {
        issues.error(
            ErrorCode.INVALID_VALUE,
            f.field("scope"),
            "scope '" + rawScope.get() + "' is not \"global\" or \"project\"");
      }
      scope = parsed.orElse(Scope.GLOBAL);
    }
    Optional<String> container = Optional.empty();
    Optional<String> environment = f.string("environment");
    if (environment.isPresent() && !environment.get().equals(TargetSpec.LOCAL)) {
      Optional<String> parsed = ContainerPath.parseEnvironment(environment.get());
      if (parsed.isEmpty()) {
        issues.error(
            ErrorCode.INVALID_VALUE,
            f.field("environment"),
            "environment '"
                + environment.get()
                + "' is not \"local\" or \"docker:<container>\" (a container name or id)");
      }
      container = parsed;
    }
    return new TargetSpec(agent, path, scope, container);
  }

  private VerifySpec verify(TomlFields skill, InstallMode mode) {
    Optional<TomlTable> table = skill.table("verify");
    if (table.isEmpty()) {
      return VerifySpec.defaultFor(mode);
    }
    TomlFields f = new TomlFields(table.get(), skill.field("verify"), issues);
    f.rejectUnknown(Set.of("enabled", "checks"));
    boolean enabled = f.bool("enabled").orElse(true);
    if (!f.has("checks")) {
      return new VerifySpec(enabled, VerifySpec.defaultChecks(mode));
    }
    Optional<TomlArray> array = f.array("checks");
    if (array.isEmpty()) {
      return new VerifySpec(enabled, VerifySpec.defaultChecks(mode));
    }
    List<VerifyCheck> checks = new ArrayList<>();
    boolean bad = false;
    for (int i = 0; i < array.get().size(); i++) {
      String path = f.field("checks") + "[" + i + "]";
      Object element = array.get().get(i);
      if (!(element instanceof String name)) {
        issues.error(
            ErrorCode.INVALID_TYPE,
            path,
            "expected a string, found " + TomlFields.describe(element));
        bad = true;
        continue;
      }
      Optional<VerifyCheck> check = VerifyCheck.parse(name);
      if (check.isEmpty()) {
        issues.error(ErrorCode.INVALID_CHECK, path, ConfigValidator.checkMessage(name));
        bad = true;
      } else if (!checks.contains(check.get())) {
        checks.add(check.get());
      }
    }
    // An all-invalid list is already reported; do not also call it empty.
    return new VerifySpec(
        enabled, bad && checks.isEmpty() ? VerifySpec.defaultChecks(mode) : checks);
  }

  private boolean safety(TomlFields skill) {
    Optional<TomlTable> table = skill.table("safety");
    if (table.isEmpty()) {
      return false;
    }
    TomlFields f = new TomlFields(table.get(), skill.field("safety"), issues);
    f.rejectUnknown(Set.of("no_exec_metadata_only"));
    return f.bool("no_exec_metadata_only").orElse(false);
  }
}
