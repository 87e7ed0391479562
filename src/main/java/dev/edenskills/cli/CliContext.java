package dev.edenskills.cli;

import dev.edenskills.cli.render.LiveProgress;
import dev.edenskills.cli.render.Output;
import dev.edenskills.cli.render.StreamingProgress;
import dev.edenskills.common.Env;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.config.ConfigStore;
import dev.edenskills.discovery.SkillPicker;
import dev.edenskills.reactor.ProgressListener;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.Reader;

/**
 * What every command needs from the outside world: the environment, the writers and the global
 * options. Handed to command constructors by {@link CommandFactory}.
 */
public final class CliContext {
  private final Env env;
  private final PrintWriter out;
  private final PrintWriter err;
  private final GlobalOptions global;
  private final BufferedReader in;

  CliContext(Env env, PrintWriter out, PrintWriter err, GlobalOptions global) {
    this(env, Reader.nullReader(), out, err, global);
  }

  CliContext(Env env, Reader in, PrintWriter out, PrintWriter err, GlobalOptions global) {
    this.env = env;
    this.in = in instanceof BufferedReader b ? b : new BufferedReader(in);
    this.out = out;
    this.err = err;
    this.global = global;
  }

  /**
   * What the user types in answer to a prompt: standard input in production, a string in tests. One
   * buffered reader for the whole run, so answers read by different prompts never get lost in
   * another's buffer. Read only when {@link Env#interactive()}.
   */
  public BufferedReader input() {
    return in;
  }

  /** The checkbox prompt of {@code install}: reads {@link #input()}, prompts on stderr. */
  public SkillPicker skillPicker() {
    return new TerminalSkillPicker(in, err);
  }

  public Env env() {
    return env;
  }

  public GlobalOptions global() {
    return global;
  }

  /** Renders results to stdout and diagnostics to stderr, honouring --json, --quiet, --color. */
  public Output output() {
    return new Output(
        out, err, global.json(), global.quiet(), Output.colorEnabled(global.color(), env));
  }

  /**
   * Where Phase A progress goes: nothing with --quiet, a live view when stderr is a terminal, plain
   * streaming lines otherwise (CI logs, pipes).
   */
  public ProgressListener progressListener() {
    if (global.quiet()) {
      return ProgressListener.NONE;
    }
    return env.interactive() && !global.json() ? new LiveProgress(err) : new StreamingProgress(err);
  }

  /** Loads and validates the config named by --config / $EDEN_SKILLS_CONFIG / the default. */
  public ConfigFile loadConfig() {
    // Warnings arrive rendered as `warning[UNKNOWN_KEY] field: message`; print them as they are.
    return configStore().load(global.strict(), output()::error);
  }

  /** Reads and writes the config at the location the global options name. */
  public ConfigStore configStore() {
    return new ConfigStore(ConfigStore.locate(global.config(), env), env);
  }
}
