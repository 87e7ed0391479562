package dev.edenskills.config;

import java.util.List;

/** One {@code [[skills]]} entry: where a skill comes from and where it goes. */
public record SkillSpec(
    String id,
    SourceSpec source,
    InstallMode mode,
    List<TargetSpec> targets,
    VerifySpec verify,
    boolean noExecMetadataOnly) {

  public SkillSpec {
    targets = List.copyOf(targets);
  }

  /** A skill with default install, verify and safety settings. */
  public static SkillSpec of(
      String id, SourceSpec source, InstallMode mode, List<TargetSpec> targets) {
    return new SkillSpec(id, source, mode, targets, VerifySpec.defaultFor(mode), false);
  }
}
