package dev.edenskills.cli;

import dev.edenskills.common.Env;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Help.Ansi;

/**
 * The root help ({@code eden-skills --help}), rendered by picocli once at build time and printed
 * from the jar at run time: building picocli's model and help renderer through reflection costs
 * ~100 ms of CPU on every call, for a text that only changes when the code does. The build runs
 * {@link #main} after compiling; {@code RootHelpTest} checks the stored texts against picocli's
 * live rendering. Without the stored texts (classes run straight from an IDE) picocli renders it.
 */
public final class RootHelp {
  static final String PLAIN = "root-help.txt";
  static final String ANSI = "root-help-ansi.txt";

  private RootHelp() {}

  /**
   * {@code --help} or {@code -h}, alone or after {@code --config PATH}: the config is not read to
   * print help. Anything else (a command, another option) goes through picocli.
   */
  static boolean onlyAsksForIt(String[] args) {
    return Cli.onlyAsksFor(args, "--help", "-h");
  }

  /**
   * Prints the stored text, coloured when picocli would colour it (its own decision: terminal,
   * {@code NO_COLOR}, {@code picocli.ansi}); false when the text is not stored.
   */
  static boolean print(PrintWriter out) {
    Optional<String> text = stored(Ansi.AUTO.enabled() ? ANSI : PLAIN);
    text.ifPresent(out::print);
    return text.isPresent();
  }

  static Optional<String> stored(String name) {
    try (InputStream in = RootHelp.class.getResourceAsStream(name)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** picocli's rendering of the root help, exactly as {@code Cli} shows it. */
  static String render(Ansi ansi) {
    CommandFactory factory = new CommandFactory();
    PrintWriter none = new PrintWriter(Writer.nullWriter());
    factory.context(new CliContext(Env.system(), none, none, new GlobalOptions()));
    return Cli.commandLine(factory, new String[] {"--help"}).getUsageMessage(ansi);
  }

  /** Build step: writes both texts into the class-output directory {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]).resolve(RootHelp.class.getPackageName().replace('.', '/'));
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(PLAIN), render(Ansi.OFF), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(ANSI), render(Ansi.ON), StandardCharsets.UTF_8);
  }
}
