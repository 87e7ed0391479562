package dev.edenskills.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A code decides its exit status; {@code Problem.usage} and {@code Problem.runtime} say at the call
 * site which one the reader should expect. Every call in the sources names its code literally, and
 * the code's exit is the one the factory promises.
 */
class ProblemCallSitesMatchTheirCodesTest {
  private static final Pattern CALL =
      Pattern.compile("Problem\\.(usage|runtime)\\(\\s*(ErrorCode\\.([A-Z_]+)\\b)?");

  @Test
  void everyFactoryCallNamesACodeOfItsExitClass() throws IOException {
    List<String> wrong = new ArrayList<>();
    int calls = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = CALL.matcher(Files.readString(file));
        while (m.find()) {
          if (file.endsWith("Problem.java")) {
            continue; // the factories' own text
          }
          calls++;
          if (m.group(2) == null) {
            wrong.add(file + ": a code that is not written ErrorCode.X at the call");
            continue;
          }
          ExitCode promised = m.group(1).equals("usage") ? ExitCode.USAGE : ExitCode.FAILURE;
          ExitCode actual = ErrorCode.valueOf(m.group(3)).exit();
          if (actual != promised) {
            wrong.add(file + ": Problem." + m.group(1) + "(" + m.group(3) + ") exits " + actual);
          }
        }
      }
    }
    assertThat(calls).as("calls found").isGreaterThan(50);
    assertThat(wrong).isEmpty();
  }

  @Test
  void theExitStatusIsTheCodes() {
    assertThat(new Problem(ErrorCode.LOCK_MISMATCH, "m", "h").exitCode())
        .isEqualTo(ExitCode.STRICT);
    assertThat(Problem.usage(ErrorCode.UNKNOWN_SKILL, "m", "h").exitCode())
        .isEqualTo(ExitCode.USAGE);
    assertThat(Problem.runtime(ErrorCode.TARGET_IO, "m", null).code()).isEqualTo("TARGET_IO");
    assertThat(new Problem(ErrorCode.INTERRUPTED, "m", "").exitCode())
        .isEqualTo(ExitCode.INTERRUPTED);
  }
}
