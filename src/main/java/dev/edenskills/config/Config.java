package dev.edenskills.config;

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
