package dev.edenskills.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: global options and version; {@link Subcommands} adds the subcommands. */
@Command(
    name = "eden-skills",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    description = "Deterministic skills manager for AI coding agents.")
public final class EdenCommand implements Runnable {
  @Mixin GlobalOptions global;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
