package dev.edenskills.cli;

import dev.edenskills.cli.render.Output;
import dev.edenskills.common.Env;
import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.ExitCode;
import dev.edenskills.common.Problem;
import dev.edenskills.config.ConfigInvalid;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Parses arguments, runs the chosen command and turns every outcome into an exit code: the one
 * place where problems are rendered and stack traces are decided (only with {@code -v}).
 */
public final class Cli {
  private final Env env;
  private final Reader in;

  public Cli(Env env) {
    this(env, Reader.nullReader());
  }

  /** {@code in} answers prompts (standard input in production); read only on a terminal. */
  public Cli(Env env, Reader in) {
    this.env = env;
    this.in = in;
  }

  public int run(PrintWriter out, PrintWriter err, String... args) {
    if (onlyAsksForTheVersion(args)) {
      // Answered before picocli builds any model (~100-160 ms of CPU at start-up) just to print
      // one line; the output is the same.
      for (String line : new VersionInfo().getVersion()) {
        out.println(line);
      }
      out.flush();
      return ExitCode.OK.code();
    }
    if (RootHelp.onlyAsksForIt(args) && RootHelp.print(out)) {
      out.flush();
      return ExitCode.OK.code();
    }
    GlobalOptions global = new GlobalOptions();
    CommandFactory factory = new CommandFactory();
    factory.context(new CliContext(env, in, out, err, global));
    CommandLine cli = commandLine(factory, args);
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(Cli::usageError);
    cli.setExecutionStrategy(
        parsed -> {
          Logging.configure(global.verbose());
          return new CommandLine.RunLast().execute(parsed);
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parsed) -> failure(ex, err, global.verbose()).code());
    try {
      return cli.execute(args);
    } catch (Error e) {
      // picocli lets Errors through (a VirtualMachineError from Phase A, a bug's AssertionError):
      // say what happened in the same form as any other internal error, exit 1, never a bare
      // "Exception in thread main". Main exits right after, so nothing runs on a broken JVM.
      return internal(e, err, global.verbose()).code();
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * The command tree {@code args} need (see {@link Subcommands}), every command answering {@code
   * -h}; what {@link RootHelp} renders at build time too.
   */
  static CommandLine commandLine(CommandFactory factory, String[] args) {
    CommandLine cli = new CommandLine(EdenCommand.class, factory);
    // Before any setting: picocli applies settings to the subcommands present at that moment.
    Subcommands.register(cli, args);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    addHelpOption(cli);
    return cli;
  }

  /**
   * {@code --version} or {@code -V}, alone or after {@code --config PATH} (scripts pass their
   * config to every call): the config is not read to print the version, so the answer is the same.
   * Anything else goes through picocli, which validates every option.
   */
  static boolean onlyAsksForTheVersion(String[] args) {
    return onlyAsksFor(args, "--version", "-V");
  }

  /**
   * True when {@code args} are one of {@code flags}, alone or with {@code --config PATH} (the
   * start-up shortcuts: nothing they print depends on the config).
   */
  static boolean onlyAsksFor(String[] args, String... flags) {
    List<String> wanted = List.of(flags);
    boolean asked = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (wanted.contains(a)) {
        asked = true;
      } else if (a.equals("--config") && i + 1 < args.length) {
        i++;
      } else if (!a.startsWith("--config=")) {
        return false;
      }
    }
    return asked;
  }

  /**
   * Bad flags or arguments: say what is wrong and how to get help; exit 2 (usage), like getopt
   * tools.
   */
  private static int usageError(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("error[" + ErrorCode.USAGE.id() + "] " + ex.getMessage());
    // "Did you mean: apply?" for a mistyped command or option.
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("  hint: run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage");
    return ExitCode.USAGE.code();
  }

  static ExitCode failure(Exception ex, PrintWriter err, boolean verbose) {
    Throwable root = ex;
    if (root instanceof ConfigInvalid invalid) {
      // One line per issue (CONTRACT §3), then where they are and what to do.
      invalid.issues().forEach(issue -> err.println(issue.render("error")));
      err.println("  " + invalid.getMessage());
      err.println("  hint: " + invalid.hint());
      return invalid.exitCode();
    }
    if (root instanceof Problem problem) {
      err.println("error[" + problem.code() + "] " + problem.getMessage());
      if (!problem.hint().isEmpty()) {
        err.println("  hint: " + problem.hint());
      }
      if (verbose && problem.getCause() != null) {
        err.println(stackTrace(problem));
      }
      return problem.exitCode();
    }
    if (root instanceof InterruptedException) {
      err.println("interrupted");
      return ExitCode.INTERRUPTED;
    }
    return internal(root, err, verbose);
  }

  private static ExitCode internal(Throwable thrown, PrintWriter err, boolean verbose) {
    err.println("error[INTERNAL] " + thrown);
    err.println("  hint: " + Output.BUG_HINT);
    if (verbose) {
      err.println(stackTrace(thrown));
    }
    return ExitCode.FAILURE;
  }

  private static String stackTrace(Throwable t) {
    StringWriter s = new StringWriter();
    t.printStackTrace(new PrintWriter(s));
    return s.toString();
  }

  /**
   * Every subcommand answers {@code -h/--help} ({@code eden-skills apply --help}), as users expect.
   */
  private static void addHelpOption(CommandLine cmd) {
    for (CommandLine sub : cmd.getSubcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      if (spec.findOption("--help") == null && spec.findOption("-h") == null) {
        spec.addOption(
            OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .description("Show this help message and exit.")
                .build());
      }
      addHelpOption(sub);
    }
  }
}
