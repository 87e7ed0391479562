import com.google.googlejavaformat.java.Formatter;
import com.google.googlejavaformat.java.FormatterException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's formatter gate: {@code check} lists files google-java-format would change and
 * fails; {@code apply} rewrites them. Usage: {@code Format check|apply DIR...}.
 */
public class Format {
  public static void main(String[] args) throws IOException {
    boolean apply = args[0].equals("apply");
    Formatter formatter = new Formatter();
    List<String> unformatted = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      Path root = Path.of(args[i]);
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          String source = Files.readString(file);
          String formatted;
          try {
            formatted = formatter.formatSourceAndFixImports(source);
          } catch (FormatterException e) {
            System.err.println(file + ": " + e.getMessage());
            unformatted.add(file.toString());
            continue;
          }
          if (!formatted.equals(source)) {
            if (apply) {
              Files.writeString(file, formatted);
              System.out.println("formatted " + file);
            } else {
              unformatted.add(file.toString());
            }
          }
        }
      }
    }
    if (!unformatted.isEmpty()) {
      System.err.println("These files are not formatted (run ./mvnw -Pformat initialize):");
      unformatted.forEach(f -> System.err.println("  " + f));
      System.exit(1);
    }
  }
}
