package dev.edenskills.common;

/**
 * Every code a command can end with ({@code error[CODE]} on stderr, {@code detail=CODE: …} in a
 * failed skill's record): stable across releases, each with the exit code it always gives and what
 * it means. The one place these codes are defined; docs/commands.md lists them (a test keeps the
 * two equal).
 *
 * <p>Not here: doctor's findings ({@code doctor.FindingCode}: facts about installs, not failures of
 * a command) and a {@code SKILL.md}'s problems ({@code discovery.SkillProblem}, {@code
 * SkillWarning}: what {@code check} reports and {@code install} skips or warns about).
 */
public enum ErrorCode {
  // Usage and configuration (exit 2): the command or the config must change.
  USAGE(ExitCode.USAGE, "options or arguments that do not fit together or do not parse"),
  CONFIG_NOT_FOUND(ExitCode.USAGE, "no config at the path given or the default path"),
  CONFIG_UNREADABLE(ExitCode.USAGE, "the config file cannot be read"),
  CONFIG_EXISTS(ExitCode.USAGE, "init would overwrite an existing config (pass --force)"),
  INVALID_CONFIG(ExitCode.USAGE, "the config has several errors, each printed on its own line"),
  INVALID_TOML(ExitCode.USAGE, "the config is not UTF-8 or does not parse as TOML"),
  UNSUPPORTED_VERSION(ExitCode.USAGE, "the config's version is missing or not 1"),
  MISSING_FIELD(ExitCode.USAGE, "a required config field is absent"),
  INVALID_TYPE(ExitCode.USAGE, "a config field holds the wrong TOML type"),
  INVALID_VALUE(ExitCode.USAGE, "a config value of the right type is outside what is allowed"),
  UNKNOWN_KEY(ExitCode.USAGE, "a config key the schema does not know (a warning without --strict)"),
  INVALID_SKILL_ID(ExitCode.USAGE, "a skill id breaks the id rule"),
  DUPLICATE_SKILL_ID(ExitCode.USAGE, "a skill id is used twice"),
  UNKNOWN_SKILL(ExitCode.USAGE, "no skill with the given id in the config"),
  NOTHING_TO_SET(ExitCode.USAGE, "set was given no change"),
  INVALID_REPO(ExitCode.USAGE, "a repository is not one of the accepted forms"),
  INVALID_REF(ExitCode.USAGE, "a ref is not a branch, tag or commit name"),
  INVALID_SUBPATH(ExitCode.USAGE, "a subpath is absolute or leaves the repository"),
  SOURCE_NOT_A_DIRECTORY(ExitCode.USAGE, "a local source to scan for skills is not a directory"),
  INVALID_MODE(ExitCode.USAGE, "an install mode is not symlink or copy"),
  NO_TARGETS(ExitCode.USAGE, "a skill has no targets"),
  INVALID_TARGET(ExitCode.USAGE, "a target spec is not one of the accepted forms"),
  UNKNOWN_AGENT(ExitCode.USAGE, "an agent that is not in the agent table and not custom"),
  MISSING_TARGET_PATH(ExitCode.USAGE, "a custom target without a path"),
  INVALID_TARGET_PATH(ExitCode.USAGE, "a path inside a container contains '..'"),
  INVALID_CHECK(ExitCode.USAGE, "an unknown verify check, or verify enabled with no checks"),
  INVALID_CONCURRENCY(ExitCode.USAGE, "a concurrency outside 1..100"),
  NO_REGISTRIES(ExitCode.USAGE, "a skill is named from a registry but the config has none"),
  UNKNOWN_REGISTRY(ExitCode.USAGE, "a registry name that is not in the config's registries"),
  INVALID_NAME(ExitCode.USAGE, "a registry skill name breaks the naming rule"),
  INVALID_VERSION_REQ(ExitCode.USAGE, "a version requirement does not parse"),
  SKILL_NOT_IN_REGISTRY(ExitCode.USAGE, "no registry searched has a skill of that name"),
  NO_MATCHING_VERSION(ExitCode.USAGE, "no installable version matches the requirement"),

  // Runtime failures (exit 1): something outside the command went wrong.
  CONFIG_WRITE_FAILED(ExitCode.FAILURE, "the config file cannot be written"),
  LOCK_WRITE_FAILED(ExitCode.FAILURE, "the lock file cannot be written"),
  STORE_LOCK_FAILED(ExitCode.FAILURE, "the store's lock file cannot be created or locked"),
  STORE_LOCKED(ExitCode.FAILURE, "another command kept the store locked for too long"),
  FETCH_FAILED(ExitCode.FAILURE, "a source repository cannot be fetched"),
  SUBPATH_NOT_FOUND(ExitCode.FAILURE, "the subpath is not a directory in the fetched source"),
  NO_SKILLS_FOUND(ExitCode.FAILURE, "the source holds no SKILL.md"),
  NO_VALID_SKILLS(ExitCode.FAILURE, "the source holds skills, but none is valid"),
  SKILL_NOT_FOUND(ExitCode.FAILURE, "no valid skill of a name given with --skill in the source"),
  SOURCE_MISSING(ExitCode.FAILURE, "a skill's source directory is gone"),
  UNSAFE_SOURCE_CONTENT(
      ExitCode.FAILURE, "a copy would hold a link leaving the source, or a special file"),
  SKILL_ROOT_MISSING(ExitCode.FAILURE, "an agent's skill directory is missing or not a directory"),
  UNSAFE_TARGET_PATH(
      ExitCode.FAILURE, "a target path is not a skill id inside a skill root; refused"),
  TARGET_CONFLICT(ExitCode.FAILURE, "the target holds something eden-skills does not own"),
  TARGET_IO(ExitCode.FAILURE, "reading or writing a target failed"),
  CONTAINER_MISSING(ExitCode.FAILURE, "a target's container does not exist"),
  CONTAINER_STOPPED(ExitCode.FAILURE, "a target's container is not running"),
  CONTAINER_HOME_UNKNOWN(ExitCode.FAILURE, "the home directory of a container's user is unknown"),
  ENGINE_UNREACHABLE(ExitCode.FAILURE, "the docker CLI or the engine does not answer"),
  REGISTRY_UNAVAILABLE(ExitCode.FAILURE, "no registry could be synced and none has a copy"),
  REGISTRY_INDEX_INVALID(ExitCode.FAILURE, "a registry's index file does not parse"),
  REGISTRY_FORMAT_UNSUPPORTED(ExitCode.FAILURE, "a registry's format_version is not 1"),
  INTERNAL(ExitCode.FAILURE, "a bug: please report it with the output of -v"),

  // Strict (exit 3).
  LOCK_MISMATCH(ExitCode.STRICT, "apply --locked: the config asks for what the lock does not pin"),

  // Interrupted (exit 130).
  INTERRUPTED(ExitCode.INTERRUPTED, "stopped by Ctrl-C while an external command ran");

  private final ExitCode exit;
  private final String meaning;

  ErrorCode(ExitCode exit, String meaning) {
    this.exit = exit;
    this.meaning = meaning;
  }

  /** The exit code a command ending with this error returns. */
  public ExitCode exit() {
    return exit;
  }

  /** What the code means, in one line (the docs table says the same). */
  public String meaning() {
    return meaning;
  }

  /** The stable id printed and written to JSON, e.g. {@code CONFIG_NOT_FOUND}. */
  public String id() {
    return name();
  }
}
