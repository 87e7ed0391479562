package dev.edenskills.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code docker}: helpers for targets inside containers ({@code mount-hint}). */
@Command(
    name = "docker",
    description = "Helpers for targets inside Docker containers.",
    subcommands = {DockerMountHintCommand.class})
final class DockerCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
