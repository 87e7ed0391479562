package dev.edenskills.discovery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates one skill directory for its author ({@code check PATH}): the rules of CONTRACT §1 plus
 * advice that does not stop an install, such as a directory named differently from the skill.
 */
public final class SkillCheck {
  private SkillCheck() {}

  /**
   * What checking one directory found.
   *
   * @param skillMd the file checked (or the path given, when it is not a directory)
   * @param manifest present when the skill is valid
   */
  public record Result(
      Path skillMd,
      Optional<SkillManifest> manifest,
      List<SkillProblem> errors,
      List<SkillProblem> warnings) {
    public Result {
      errors = List.copyOf(errors);
      warnings = List.copyOf(warnings);
    }

    public boolean ok() {
      return errors.isEmpty();
    }
  }

  /** Checks {@code path}: a skill directory, or its {@code SKILL.md} file itself. */
  public static Result check(Path path) {
    Path dir = path;
    if (path.getFileName() != null
        && path.getFileName().toString().equals(FrontMatter.FILE_NAME)
        && !Files.isDirectory(path)) {
      dir = path.toAbsolutePath().getParent();
    }
    if (!Files.isDirectory(dir)) {
      return new Result(
          path,
          Optional.empty(),
          List.of(
              new SkillProblem(
                  SkillProblem.NOT_A_DIRECTORY,
                  Files.exists(path)
                      ? "not a directory; give the skill's directory"
                      : "no such directory")),
          List.of());
    }
    Path skillMd = dir.resolve(FrontMatter.FILE_NAME);
    return switch (FrontMatter.read(skillMd)) {
      case ParsedSkill.Invalid invalid ->
          new Result(skillMd, Optional.empty(), invalid.problems(), List.of());
      case ParsedSkill.Valid valid -> {
        List<SkillProblem> warnings = new ArrayList<>(valid.warnings());
        nameMismatch(dir, valid.manifest().name()).ifPresent(warnings::add);
        yield new Result(skillMd, Optional.of(valid.manifest()), List.of(), warnings);
      }
    };
  }

  private static Optional<SkillProblem> nameMismatch(Path dir, String name) {
    Path dirName = dir.toAbsolutePath().normalize().getFileName();
    if (dirName == null || dirName.toString().equals(name)) {
      return Optional.empty();
    }
    return Optional.of(
        new SkillProblem(
            SkillProblem.NAME_MISMATCH,
            "the directory is named "
                + SafeText.quote(dirName.toString(), 80)
                + " but the skill is \""
                + name
                + "\"; agents install it as \""
                + name
                + "\""));
  }
}
