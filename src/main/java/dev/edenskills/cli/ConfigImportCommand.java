package dev.edenskills.cli;

import dev.edenskills.cli.render.Output;
import dev.edenskills.common.ExitCode;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.config.ConfigStore;
import dev.edenskills.config.ConfigWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code config import}: validates a TOML file and writes it, normalized, as the config; an invalid
 * file changes nothing.
 */
@Command(name = "import", description = "Validate a TOML file and make it the config (normalized).")
final class ConfigImportCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "FILE",
      description = "The file to import.")
  Path from;

  @Option(names = "--dry-run", description = "Print the normalized result; write nothing.")
  boolean dryRun;

  ConfigImportCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  /** {@code --json} document. */
  record ImportView(String action, String from, String config, int skills, String toml) {}

  @Override
  public Integer call() {
    Path source = ctx.env().cwd().resolve(from).normalize();
    Output out = ctx.output();
    ConfigFile imported =
        new ConfigStore(source, ctx.env()).load(ctx.global().strict(), out::error);
    ConfigStore target = ctx.configStore();
    String toml = ConfigWriter.write(imported.config());
    if (!source.getParent().equals(target.path().getParent())
        && RelativePaths.any(imported.config())) {
      out.warn(
          "relative paths in "
              + source.getFileName()
              + " will resolve against "
              + target.path().getParent()
              + ", not "
              + source.getParent());
    }
    int count = imported.config().skills().size();
    if (!dryRun) {
      target.save(imported.config());
    }
    if (out.isJson()) {
      out.json(
          new ImportView(
              dryRun ? "dry-run" : "imported",
              source.toString(),
              target.path().toString(),
              count,
              toml));
    } else if (dryRun) {
      out.out().print(toml);
    } else {
      out.info("imported " + source + " into " + target.path() + " (" + plural(count) + ")");
    }
    return ExitCode.OK.code();
  }

  private static String plural(int n) {
    return n + (n == 1 ? " skill" : " skills");
  }
}
