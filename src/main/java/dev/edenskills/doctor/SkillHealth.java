package dev.edenskills.doctor;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The live state of one configured skill: the commit its lock entry records and each target's
 * status.
 */
public record SkillHealth(String skillId, Optional<String> commit, List<Target> targets) {
  public SkillHealth {
    targets = List.copyOf(targets);
  }

  /** One resolved target path of the skill and its status. */
  public record Target(String agent, Path path, TargetStatus status) {}

  public Optional<TargetStatus> status(Path path) {
    Path p = path.toAbsolutePath().normalize();
    return targets.stream().filter(t -> t.path().equals(p)).map(Target::status).findFirst();
  }
}
