package dev.edenskills.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: global options, version and the list of subcommands. */
@Command(
    name = "eden-skills",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    description = "Deterministic skills manager for AI coding agents.",
    subcommands = {
      picocli.CommandLine.HelpCommand.class,
      InitCommand.class,
      AddCommand.class,
      PlanCommand.class,
      ApplyCommand.class,
      SetCommand.class,
      RemoveCommand.class,
      ListCommand.class,
      ConfigCommand.class,
      AgentsCommand.class,
      InstallCommand.class,
      CompletionCommand.class,
      CheckCommand.class,
      DoctorCommand.class,
      RepairCommand.class,
      UpdateCommand.class,
      CleanCommand.class,
    })
public final class EdenCommand implements Runnable {
  @Mixin GlobalOptions global;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
