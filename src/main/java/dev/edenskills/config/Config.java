package dev.edenskills.config;

import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import java.util.List;
import java.util.Optional;

/**
 * A validated {@code skills.toml} (schema version 1), exactly as the user wrote it: paths stay
 * unexpanded ({@code ~/...}) so writing it back changes nothing; {@link ConfigFile} resolves them.
 */
public record Config(
    StorageConfig storage,
    ReactorConfig reactor,
    List<SkillSpec> skills,
    List<RegistryConfig> registries) {
  public static final int VERSION = 1;

  public Config {
    skills = List.copyOf(skills);
    registries = List.copyOf(registries);
  }

  /** A config without registries. */
  public Config(StorageConfig storage, ReactorConfig reactor, List<SkillSpec> skills) {
    this(storage, reactor, skills, List.of());
  }

  public Optional<RegistryConfig> registry(String name) {
    return registries.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /** An empty config with every default, as {@code init} writes it. */
  public static Config empty() {
    return new Config(StorageConfig.DEFAULT, ReactorConfig.DEFAULT, List.of());
  }

  /**
   * Refuses, before anything is done, ids this config does not hold: {@code UNKNOWN_SKILL} naming
   * all of them, ending "nothing was {@code nothingWas}".
   */
  public void requireSkills(java.util.Collection<String> ids, String nothingWas) {
    List<String> unknown = ids.stream().filter(id -> skill(id).isEmpty()).distinct().toList();
    if (!unknown.isEmpty()) {
      throw Problem.usage(
          ErrorCode.UNKNOWN_SKILL,
          (unknown.size() == 1 ? "no skill with id " : "no skills with ids ")
              + String.join(", ", unknown)
              + " in the config; nothing was "
              + nothingWas,
          "run 'eden-skills list' to see the configured ids");
    }
  }

  public Optional<SkillSpec> skill(String id) {
    return skills.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** A copy with {@code skill} replacing the entry of the same id, or appended. */
  public Config withSkill(SkillSpec skill) {
    List<SkillSpec> next = new java.util.ArrayList<>(skills);
    int at = -1;
    for (int i = 0; i < next.size(); i++) {
      if (next.get(i).id().equals(skill.id())) {
        at = i;
      }
    }
    if (at >= 0) {
      next.set(at, skill);
    } else {
      next.add(skill);
    }
    return new Config(storage, reactor, next, registries);
  }

  /** A copy without the skills whose ids are given. */
  public Config withoutSkills(java.util.Collection<String> ids) {
    return new Config(
        storage, reactor, skills.stream().filter(s -> !ids.contains(s.id())).toList(), registries);
  }
}
