package dev.edenskills.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The subcommands, in help order, and which of them a command line needs. picocli builds the model
 * of every registered command by reflection at start-up (70–110 ms for all of them, the largest
 * part of a no-change {@code apply}); a run that names its command registers only that one. Root
 * help, {@code help}, {@code completion} and unknown names get them all.
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
          CleanCommand.class);

  /** Global options that take a value in the next argument. */
  private static final List<String> WITH_VALUE = List.of("--config", "--color");

  private static final Map<String, Class<?>> BY_NAME = new LinkedHashMap<>();

  static {
    for (Class<?> c : ALL) {
      BY_NAME.put(c.getAnnotation(Command.class).name(), c);
    }
  }

  private Subcommands() {}

  /** Registers on {@code root} what {@code args} need. */
  static void register(CommandLine root, String[] args) {
    Optional<Class<?>> only =
        named(args).filter(n -> !n.equals("help") && !n.equals("completion")).map(BY_NAME::get);
    for (Class<?> c : only.map(List::<Class<?>>of).orElse(ALL)) {
      root.addSubcommand(c);
    }
  }

  /** The first argument that is not a global option (or its value): the command's name. */
  static Optional<String> named(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) {
        return Optional.empty();
      }
      if (a.startsWith("-")) {
        if (WITH_VALUE.contains(a)) {
          i++;
        }
        continue;
      }
      return Optional.of(a);
    }
    return Optional.empty();
  }
}
