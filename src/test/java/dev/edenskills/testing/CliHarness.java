package dev.edenskills.testing;

import dev.edenskills.cli.Cli;
import dev.edenskills.common.Env;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the CLI in-process like a user would, with a private HOME and working directory, and
 * captures what it prints. Every test that drives a command goes through here.
 */
public final class CliHarness {
  private final Path home;
  private final Path cwd;
  private final Map<String, String> vars = new HashMap<>();
  private boolean interactive;
  private String input = "";

  public CliHarness(Path home, Path cwd) {
    this.home = home;
    this.cwd = cwd;
    vars.put("HOME", home.toString());
    // JGit and git read these; keep them inside the sandbox.
    vars.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
  }

  public CliHarness(Path home) {
    this(home, home);
  }

  /** Sets an environment variable for the runs that follow. */
  public CliHarness env(String name, String value) {
    vars.put(name, value);
    return this;
  }

  public CliHarness interactive(boolean value) {
    this.interactive = value;
    return this;
  }

  /** What the user will type at prompts in the runs that follow (lines ending in \n). */
  public CliHarness input(String text) {
    this.input = text;
    return this;
  }

  public Path home() {
    return home;
  }

  public Path cwd() {
    return cwd;
  }

  public Env environment() {
    return Env.of(
        vars, cwd, Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC), interactive);
  }

  public Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        new Cli(environment(), new StringReader(input))
            .run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  /** What one run returned and printed. */
  public record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
    }
  }
}
