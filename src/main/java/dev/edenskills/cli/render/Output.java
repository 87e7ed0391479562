package dev.edenskills.cli.render;

import dev.edenskills.cli.GlobalOptions.ColorMode;
import dev.edenskills.common.Env;
import java.io.PrintWriter;

/**
 * The only way commands print. Data goes to stdout, diagnostics and progress to stderr; with {@code
 * --json} stdout carries exactly one JSON document, written by {@link #json(Object)}.
 */
public final class Output {
  /** The hint under any failure that is a bug in the tool rather than a problem of the user's. */
  public static final String BUG_HINT =
      "this is a bug in eden-skills, please report it (run with -v for the stack trace)";

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean json;
  private final boolean quiet;
  private final boolean color;

  public Output(PrintWriter out, PrintWriter err, boolean json, boolean quiet, boolean color) {
    this.out = out;
    this.err = err;
    this.json = json;
    this.quiet = quiet;
    this.color = color;
  }

  /** Colour when asked for, or on auto when stdout is a terminal and NO_COLOR is unset. */
  public static boolean colorEnabled(ColorMode mode, Env env) {
    return switch (mode) {
      case always -> true;
      case never -> false;
      case auto -> env.interactive() && env.get("NO_COLOR").isEmpty();
    };
  }

  public boolean isJson() {
    return json;
  }

  public boolean isQuiet() {
    return quiet;
  }

  public boolean color() {
    return color;
  }

  /** A line of human output on stdout (suppressed with --json). */
  public void line(String text) {
    if (!json) {
      out.println(text);
    }
  }

  /** A line of human output that --quiet hides. */
  public void info(String text) {
    if (!json && !quiet) {
      out.println(text);
    }
  }

  /** Progress or status on stderr; hidden by --quiet. */
  public void progress(String text) {
    if (!quiet) {
      err.println(text);
      err.flush();
    }
  }

  /** A warning on stderr (always shown, also with --json: stdout stays clean). */
  public void warn(String text) {
    err.println(paint("33", "warning") + ": " + text);
  }

  /** An error line on stderr. */
  public void error(String text) {
    err.println(text);
  }

  /** Writes the single JSON document of this run to stdout. */
  public void json(Object document) {
    out.println(Json.write(document));
  }

  /** Wraps {@code text} in an ANSI colour when colour is on. */
  public String paint(String ansiCode, String text) {
    return color ? "\u001b[" + ansiCode + "m" + text + "\u001b[0m" : text;
  }

  public PrintWriter out() {
    return out;
  }

  public PrintWriter err() {
    return err;
  }

  public void flush() {
    out.flush();
    err.flush();
  }
}
