package dev.edenskills.config;

import dev.edenskills.common.ErrorCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;
import org.tomlj.TomlVersion;

/** Parses skills.toml with tomlj and validates it (CONTRACT §3). */
public final class ConfigLoader {
  private static final Set<String> ROOT_KEYS =
      Set.of("version", "storage", "reactor", "skills", "registries");

  private ConfigLoader() {}

  /** A valid config and the warnings (unknown keys) found on the way. */
  public record Result(Config config, List<ConfigIssue> warnings) {
    public Result {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Parses and validates; every error is collected and thrown together as {@link ConfigInvalid}.
   * With {@code strict}, unknown keys are errors instead of warnings.
   */
  public static Result load(String fileName, String text, boolean strict) {
    TomlParseResult toml = Toml.parse(text, TomlVersion.V1_0_0);
    if (toml.hasErrors()) {
      throw new ConfigInvalid(
          fileName, toml.errors().stream().map(e -> syntaxIssue(fileName, e)).toList());
    }
    Issues issues = new Issues(strict);
    TomlFields root = new TomlFields(toml, "", issues);
    root.rejectUnknown(ROOT_KEYS);
    version(root, issues);
    StorageConfig storage = storage(root, issues);
    issues.addAll(ConfigValidator.storage(storage));
    ReactorConfig reactor = reactor(root, issues);
    issues.addAll(ConfigValidator.reactor(reactor));
    List<RegistryConfig> registries = RegistryReader.registries(root, issues);
    List<SkillSpec> skills = skills(root, issues);
    issues.addAll(ConfigValidator.registries(skills, registries));
    if (!issues.errors().isEmpty()) {
      throw new ConfigInvalid(fileName, issues.errors());
    }
    return new Result(new Config(storage, reactor, skills, registries), issues.warnings());
  }

  private static ConfigIssue syntaxIssue(String fileName, TomlParseError e) {
    return new ConfigIssue(
        ErrorCode.INVALID_TOML,
        "",
        fileName + ":" + e.position().line() + ":" + e.position().column() + ": " + e.getMessage());
  }

  private static void version(TomlFields root, Issues issues) {
    Object version = root.raw("version");
    if (version == null) {
      issues.error(
          ErrorCode.UNSUPPORTED_VERSION,
          "version",
          "version is missing; add version = 1 at the top");
    } else if (!(version instanceof Long v) || v != Config.VERSION) {
      issues.error(
          ErrorCode.UNSUPPORTED_VERSION,
          "version",
          "version "
              + TomlFields.describe(version).replaceFirst("^the (integer|string|float) ", "")
              + " is not supported; this eden-skills reads version "
              + Config.VERSION);
    }
  }

  private static StorageConfig storage(TomlFields root, Issues issues) {
    Optional<TomlTable> table = root.table("storage");
    if (table.isEmpty()) {
      return StorageConfig.DEFAULT;
    }
    TomlFields f = new TomlFields(table.get(), "storage", issues);
    f.rejectUnknown(Set.of("root"));
    return new StorageConfig(f.string("root").orElse(StorageConfig.DEFAULT.root()));
  }

  private static ReactorConfig reactor(TomlFields root, Issues issues) {
    ReactorConfig d = ReactorConfig.DEFAULT;
    Optional<TomlTable> table = root.table("reactor");
    if (table.isEmpty()) {
      return d;
    }
    TomlFields f = new TomlFields(table.get(), "reactor", issues);
    f.rejectUnknown(Set.of("concurrency", "timeout_secs", "retries"));
    return new ReactorConfig(
        f.integer("concurrency").map(ConfigLoader::saturate).orElse(d.concurrency()),
        f.integer("timeout_secs").map(ConfigLoader::saturate).orElse(d.timeoutSecs()),
        f.integer("retries").map(ConfigLoader::saturate).orElse(d.retries()));
  }

  /** Out-of-int values stay out of range, so the validator still reports them. */
  private static int saturate(long v) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
  }

  private static List<SkillSpec> skills(TomlFields root, Issues issues) {
    if (root.raw("skills") instanceof TomlTable) {
      issues.error(
          ErrorCode.INVALID_TYPE,
          "skills",
          "expected an array of tables: write [[skills]], not [skills]");
      return List.of();
    }
    Optional<TomlArray> array = root.array("skills");
    if (array.isEmpty()) {
      return List.of();
    }
    SkillReader reader = new SkillReader(issues);
    Map<String, Integer> seen = new HashMap<>();
    List<SkillSpec> skills = new java.util.ArrayList<>();
    for (int i = 0; i < array.get().size(); i++) {
      String path = "skills[" + i + "]";
      if (!(array.get().get(i) instanceof TomlTable table)) {
        issues.error(
            ErrorCode.INVALID_TYPE,
            path,
            "expected a table ([[skills]]), found " + TomlFields.describe(array.get().get(i)));
        continue;
      }
      SkillSpec skill = reader.read(table, path);
      issues.addAll(ConfigValidator.skill(i, skill, seen));
      skills.add(skill);
    }
    return skills;
  }
}
