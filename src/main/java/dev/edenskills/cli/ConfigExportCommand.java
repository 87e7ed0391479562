package dev.edenskills.cli;

import dev.edenskills.cli.render.Output;
import dev.edenskills.common.ExitCode;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.config.ConfigWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code config export}: the config in normalized TOML on stdout. */
@Command(name = "export", description = "Print the config as normalized TOML.")
final class ConfigExportCommand implements Callable<Integer> {
  private final CliContext ctx;

  ConfigExportCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  /** {@code --json}: the file and its normalized text. */
  record ExportView(String config, String toml) {}

  @Override
  public Integer call() {
    ConfigFile file = ctx.loadConfig();
    String toml = ConfigWriter.write(file.config());
    Output out = ctx.output();
    if (out.isJson()) {
      out.json(new ExportView(file.path().toString(), toml));
    } else {
      out.out().print(toml);
    }
    return ExitCode.OK.code();
  }
}
