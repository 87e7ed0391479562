package dev.edenskills.discovery;

/**
 * One thing wrong with a {@code SKILL.md} (an error, or a warning when a {@link ParsedSkill.Valid}
 * carries it): a stable code and a message that says exactly what and where.
 */
public record SkillProblem(String code, String message) {
  /** A path given to check is not a directory. */
  public static final String NOT_A_DIRECTORY = "NOT_A_DIRECTORY";

  /** The directory holds no {@code SKILL.md}. */
  public static final String SKILL_MD_MISSING = "SKILL_MD_MISSING";

  /** {@code SKILL.md} (or a directory on the way to it) is a symbolic link: never followed. */
  public static final String SYMLINK_NOT_FOLLOWED = "SYMLINK_NOT_FOLLOWED";

  /** {@code SKILL.md} is not a regular file (a directory, a FIFO...). */
  public static final String NOT_A_REGULAR_FILE = "NOT_A_REGULAR_FILE";

  /** {@code SKILL.md} is larger than {@link FrontMatter#MAX_FILE_BYTES}. */
  public static final String FILE_TOO_LARGE = "FILE_TOO_LARGE";

  /** {@code SKILL.md} could not be read. */
  public static final String UNREADABLE = "UNREADABLE";

  /** {@code SKILL.md} is not valid UTF-8. */
  public static final String INVALID_ENCODING = "INVALID_ENCODING";

  /** The file does not start with a {@code ---} line. */
  public static final String NO_FRONT_MATTER = "NO_FRONT_MATTER";

  /** No closing {@code ---} line. */
  public static final String UNTERMINATED_FRONT_MATTER = "UNTERMINATED_FRONT_MATTER";

  /** The front matter is larger than {@link FrontMatter#MAX_FRONT_MATTER_CHARS}. */
  public static final String FRONT_MATTER_TOO_LARGE = "FRONT_MATTER_TOO_LARGE";

  /** The front matter is not valid YAML; the message carries line and column. */
  public static final String INVALID_YAML = "INVALID_YAML";

  /** Valid YAML beyond what a front matter needs: too deep, too many aliases. */
  public static final String YAML_TOO_COMPLEX = "YAML_TOO_COMPLEX";

  /** The front matter is not a key/value mapping. */
  public static final String NOT_A_MAPPING = "NOT_A_MAPPING";

  /** A key appears twice. */
  public static final String DUPLICATE_KEY = "DUPLICATE_KEY";

  /** A required key is absent. */
  public static final String MISSING_FIELD = "MISSING_FIELD";

  /** A key holds the wrong kind of value. */
  public static final String INVALID_TYPE = "INVALID_TYPE";

  /** {@code name} breaks the naming rule. */
  public static final String INVALID_NAME = "INVALID_NAME";

  /** {@code description} is empty or too long. */
  public static final String INVALID_DESCRIPTION = "INVALID_DESCRIPTION";

  /** {@code compatibility} is empty or too long. */
  public static final String INVALID_COMPATIBILITY = "INVALID_COMPATIBILITY";

  /** Warning: a key the specification does not define (agents ignore it). */
  public static final String UNKNOWN_KEY = "UNKNOWN_KEY";

  /** Warning: a metadata value that is not a string, kept as written. */
  public static final String METADATA_NOT_STRING = "METADATA_NOT_STRING";

  /** Install warning: {@code name} is outside the spec and was made safe (lowercase, {@code -}). */
  public static final String NAME_OUTSIDE_SPEC = "NAME_OUTSIDE_SPEC";

  /** Install warning: {@code name} is missing or unusable; the folder name gave the id. */
  public static final String NAME_FROM_FOLDER = "NAME_FROM_FOLDER";

  /** Install warning: the description is longer than the spec allows; kept whole. */
  public static final String DESCRIPTION_TOO_LONG = "DESCRIPTION_TOO_LONG";

  /** Warning: the directory name differs from {@code name}; installs use the name. */
  public static final String NAME_MISMATCH = "NAME_MISMATCH";

  /** {@code error[CODE] where: message}, or {@code warning[...]}. */
  public String render(String severity, String where) {
    return severity + "[" + code + "] " + where + ": " + message;
  }
}
