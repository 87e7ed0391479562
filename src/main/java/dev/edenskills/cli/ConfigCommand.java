package dev.edenskills.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code config}: the group holding {@code export} and {@code import}. */
@Command(
    name = "config",
    description = "Export or import the config as normalized TOML.",
    subcommands = {ConfigExportCommand.class, ConfigImportCommand.class})
final class ConfigCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
