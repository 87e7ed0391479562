package dev.edenskills.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a config as normalized, deterministic TOML: same config, same bytes. Keys come in a fixed
 * order and every value that has a stable default is written out; verify settings are omitted only
 * when they are the defaults of the skill's mode, so a later mode change takes its defaults along.
 */
public final class ConfigWriter {
  static final String HEADER =
      "# eden-skills configuration (schema version 1).\n"
          + "# Written by eden-skills in normalized form; comments are not kept.\n";

  private ConfigWriter() {}

  public static String write(Config config) {
    StringBuilder b = new StringBuilder(HEADER);
    b.append('\n');
    b.append("version = ").append(Config.VERSION).append('\n');
    b.append("\n[storage]\n");
    b.append("root = ").append(quote(config.storage().root())).append('\n');
    b.append("\n[reactor]\n");
    b.append("concurrency = ").append(config.reactor().concurrency()).append('\n');
    b.append("timeout_secs = ").append(config.reactor().timeoutSecs()).append('\n');
    b.append("retries = ").append(config.reactor().retries()).append('\n');
    if (!config.registries().isEmpty()) {
      b.append("\n[registries]\n");
      for (RegistryConfig r : config.registries()) {
        b.append(r.name())
            .append(" = { url = ")
            .append(quote(r.url()))
            .append(", priority = ")
            .append(r.priority())
            .append(" }\n");
      }
    }
    for (SkillSpec skill : config.skills()) {
      skill(b, skill);
    }
    return b.toString();
  }

  private static void skill(StringBuilder b, SkillSpec skill) {
    b.append("\n[[skills]]\n");
    b.append("id = ").append(quote(skill.id())).append('\n');
    b.append("\n[skills.source]\n");
    if (skill.source().unresolvedName()) {
      RegistrySource named = skill.source().registry().orElseThrow();
      b.append("name = ").append(quote(named.name())).append('\n');
      b.append("version = ").append(quote(named.version())).append('\n');
      named.registry().ifPresent(r -> b.append("registry = ").append(quote(r)).append('\n'));
    } else {
      b.append("repo = ").append(quote(skill.source().repo())).append('\n');
      if (!skill.source().defaultBranch()) {
        // No ref written = the remote's default branch, as the user asked.
        b.append("ref = ").append(quote(skill.source().ref())).append('\n');
      }
      b.append("subpath = ").append(quote(skill.source().subpath())).append('\n');
    }
    b.append("\n[skills.install]\n");
    b.append("mode = ").append(quote(skill.mode().id())).append('\n');
    for (TargetSpec target : skill.targets()) {
      b.append("\n[[skills.targets]]\n");
      b.append("agent = ").append(quote(target.agent())).append('\n');
      target.path().ifPresent(p -> b.append("path = ").append(quote(p)).append('\n'));
      if (target.scope() != Scope.GLOBAL) {
        b.append("scope = ").append(quote(target.scope().id())).append('\n');
      }
      if (target.container().isPresent()) {
        b.append("environment = ").append(quote(target.environment())).append('\n');
      }
    }
    if (!skill.verify().isDefaultFor(skill.mode())) {
      b.append("\n[skills.verify]\n");
      b.append("enabled = ").append(skill.verify().enabled()).append('\n');
      b.append("checks = ").append(array(skill.verify().checks())).append('\n');
    }
    if (skill.noExecMetadataOnly()) {
      b.append("\n[skills.safety]\n");
      b.append("no_exec_metadata_only = true\n");
    }
  }

  private static String array(List<VerifyCheck> checks) {
    return checks.stream().map(c -> quote(c.id())).collect(Collectors.joining(", ", "[", "]"));
  }

  /** A TOML basic string: quotes, backslashes and control characters escaped. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\b' -> b.append("\\b");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\f' -> b.append("\\f");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            b.append(String.format("\\u%04X", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
