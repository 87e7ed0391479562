package dev.edenskills.discovery;

/**
 * Something discovery skipped and why: an invalid {@code SKILL.md} (one warning per problem), a
 * symbolic link, a duplicate name, a search limit reached.
 *
 * @param path what the warning is about, relative to the source root, {@code /}-separated (for
 *     skills, the {@code SKILL.md} file: {@code skills/pdf/SKILL.md})
 * @param code a {@link SkillProblem} code or one of the discovery codes here
 */
public record SkillWarning(String path, String code, String message) {
  /** Two skills share a name; the first one found is kept. */
  public static final String DUPLICATE_SKILL_NAME = "DUPLICATE_SKILL_NAME";

  /** The bounded recursive search stopped early; some skills may be missing. */
  public static final String SEARCH_LIMIT_REACHED = "SEARCH_LIMIT_REACHED";

  /** With {@code --strict}: the front matter deviates from the spec, so the skill is skipped. */
  public static final String OUTSIDE_SPEC = "OUTSIDE_SPEC";

  /** A directory could not be listed. */
  public static final String UNREADABLE_DIRECTORY = "UNREADABLE_DIRECTORY";

  /** {@code warning[CODE] path: message}, with the path escaped for the terminal. */
  public String render() {
    return "warning[" + code + "] " + SafeText.escape(path) + ": " + message;
  }
}
