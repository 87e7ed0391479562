package dev.edenskills.cli;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The subcommands, in help order, and which of them a command line needs. picocli builds the model
 * of every registered command by reflection at start-up (70–110 ms for all of them, the largest
 * part of a no-change {@code apply}); a run that names its command registers only that one. Root
 * help and {@code --version} get a summary of each (name and description, no options); {@code
 * help}, {@code completion} and unknown names get them all.
 */
final class Subcommands {
  static final List<Class<?>> ALL =
      List.of(
          CommandLine.HelpCommand.class,
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
          SearchCommand.class,
          CompletionCommand.class,
          CheckCommand.class,
          DoctorCommand.class,
          RepairCommand.class,
          UpdateCommand.class,
          CleanCommand.class,
          DockerCommand.class);

  private static final Map<String, Class<?>> BY_NAME = new LinkedHashMap<>();

  static {
    for (Class<?> c : ALL) {
      BY_NAME.put(c.getAnnotation(Command.class).name(), c);
    }
  }

  private Subcommands() {}

  /** Registers on {@code root} what {@code args} need. */
  static void register(CommandLine root, String[] args) {
    Optional<String> name = named(root.getCommandSpec(), args);
    if (name.isEmpty() && !List.of(args).contains("--")) {
      // Root help, usage or version: nothing runs a subcommand, the help lists them by name and
      // description; a summary read from the annotation is all it needs.
      for (Class<?> c : ALL) {
        root.addSubcommand(summary(c.getAnnotation(Command.class)));
      }
      return;
    }
    Optional<Class<?>> only =
        name.filter(n -> !n.equals("help") && !n.equals("completion")).map(BY_NAME::get);
    for (Class<?> c : only.map(List::<Class<?>>of).orElse(ALL)) {
      root.addSubcommand(c);
    }
  }

  /** A command's name, aliases, header and description, without modelling its options. */
  private static CommandSpec summary(Command command) {
    CommandSpec spec = CommandSpec.create().name(command.name()).aliases(command.aliases());
    spec.usageMessage().header(command.header()).description(command.description());
    spec.usageMessage().hidden(command.hidden());
    return spec;
  }

  /**
   * The first argument that is not one of {@code root}'s options (or its value): the command's
   * name. Which options take a value in the next argument comes from picocli's model of the root
   * command, so a new global option cannot be forgotten here.
   */
  static Optional<String> named(CommandSpec root, String[] args) {
    Set<String> withValue = new HashSet<>();
    for (OptionSpec option : root.options()) {
      if (option.arity().max() > 0) {
        withValue.addAll(List.of(option.names()));
      }
    }
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) {
        return Optional.empty();
      }
      if (a.startsWith("-")) {
        if (withValue.contains(a)) {
          i++;
        }
        continue;
      }
      return Optional.of(a);
    }
    return Optional.empty();
  }
}
