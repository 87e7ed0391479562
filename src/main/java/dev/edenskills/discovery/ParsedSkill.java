package dev.edenskills.discovery;

import java.util.List;

/** What reading one {@code SKILL.md} gave: a manifest, or every problem found. */
public sealed interface ParsedSkill {

  /** The front matter follows CONTRACT §1; {@code warnings} never stop an install. */
  record Valid(SkillManifest manifest, List<SkillProblem> warnings) implements ParsedSkill {
    public Valid {
      warnings = List.copyOf(warnings);
    }
  }

  /** The skill cannot be used; {@code problems} is never empty. */
  record Invalid(List<SkillProblem> problems) implements ParsedSkill {
    public Invalid {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("an invalid skill needs at least one problem");
      }
    }

    static Invalid of(String code, String message) {
      return new Invalid(List.of(new SkillProblem(code, message)));
    }
  }
}
