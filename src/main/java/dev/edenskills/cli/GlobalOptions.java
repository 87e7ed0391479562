package dev.edenskills.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every command accepts, before or after the subcommand name ({@code eden-skills --json
 * plan} and {@code eden-skills plan --json}). Declared once on the root with {@code INHERIT} scope;
 * picocli binds the subcommands' copies to these same fields.
 */
public final class GlobalOptions {
  /** {@code --color}: when output may use ANSI colours. */
  public enum ColorMode {
    auto,
    always,
    never
  }

  @Option(
      names = "--config",
      paramLabel = "PATH",
      scope = ScopeType.INHERIT,
      description = "Config file (default: $EDEN_SKILLS_CONFIG, else ~/.eden-skills/skills.toml).")
  Path config;

  @Option(
      names = "--json",
      scope = ScopeType.INHERIT,
      description = "Print one JSON document on stdout and nothing else.")
  boolean json;

  @Option(
      names = "--strict",
      scope = ScopeType.INHERIT,
      description = "Unknown config keys are errors; conflicts and drift exit 3.")
  boolean strict;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      scope = ScopeType.INHERIT,
      description = "auto, always or never (NO_COLOR is honoured). Default: ${DEFAULT-VALUE}.")
  ColorMode color = ColorMode.auto;

  @Option(
      names = {"-q", "--quiet"},
      scope = ScopeType.INHERIT,
      description = "Print only errors and the final result.")
  boolean quiet;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Debug logs on stderr; stack traces for errors.")
  boolean verbose;

  public Optional<Path> config() {
    return Optional.ofNullable(config);
  }

  public boolean json() {
    return json;
  }

  public boolean strict() {
    return strict;
  }

  public ColorMode color() {
    return color;
  }

  public boolean quiet() {
    return quiet;
  }

  public boolean verbose() {
    return verbose;
  }
}
