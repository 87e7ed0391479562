package dev.edenskills.common;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The process environment the tool runs in: variables, home, working directory, clock and whether a
 * person sits at the terminal. Passed down explicitly so tests supply their own (a temp HOME, a
 * fixed clock) instead of production code reading globals for the sake of tests.
 */
public record Env(Map<String, String> vars, Path home, Path cwd, Clock clock, boolean interactive) {

  public Env {
    vars = Map.copyOf(vars);
    home = home.toAbsolutePath().normalize();
    cwd = cwd.toAbsolutePath().normalize();
  }

  /** The real process environment. */
  public static Env system() {
    Map<String, String> vars = System.getenv();
    return new Env(
        vars,
        homeFrom(vars, System.getProperty("os.name", ""), System.getProperty("user.home")),
        Path.of("").toAbsolutePath(),
        Clock.systemUTC(),
        System.console() != null && System.console().isTerminal());
  }

  /** An environment for tests and embedding: the given variables, HOME taken from them. */
  public static Env of(Map<String, String> vars, Path cwd, Clock clock, boolean interactive) {
    return new Env(
        vars,
        homeFrom(vars, System.getProperty("os.name", ""), System.getProperty("user.home")),
        cwd,
        clock,
        interactive);
  }

  /**
   * CONTRACT §2: {@code $HOME} first ({@code %USERPROFILE%} on Windows), else the OS account's
   * home. JDK 25 derives {@code user.home} from the passwd entry and ignores {@code $HOME}, which
   * would break {@code HOME=/x eden-skills ...}.
   */
  static Path homeFrom(Map<String, String> vars, String osName, String userHome) {
    String key = osName.startsWith("Windows") ? "USERPROFILE" : "HOME";
    String value = vars.get(key);
    if (value != null && !value.isBlank()) {
      return Path.of(value);
    }
    return Path.of(userHome);
  }

  /** A variable, empty when unset or blank. */
  public Optional<String> get(String name) {
    String value = vars.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /**
   * Expands a leading {@code ~} to the home directory and resolves a relative path against {@code
   * base}; the result is absolute and normalized.
   */
  public Path expand(String raw, Path base) {
    String s = raw;
    if (s.equals("~")) {
      return home;
    }
    if (s.startsWith("~/") || s.startsWith("~\\")) {
      return home.resolve(s.substring(2)).normalize();
    }
    return base.resolve(s).toAbsolutePath().normalize();
  }
}
