package dev.edenskills.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Error codes are stable API: the table in docs/commands.md is exactly {@link ErrorCode} (code,
 * exit, meaning, in order), and every code the contract and the other docs name exists with the
 * exit they give it.
 */
class ErrorCodesMatchTheDocsTest {
  private static final Pattern ROW =
      Pattern.compile("^\\| `([A-Z_]+)`(?: / `([A-Z_]+)`)? \\| (\\d+) \\| (.*) \\|$");

  @Test
  void theCommandsDocTableIsTheEnumRowForRow() throws IOException {
    List<String> documented =
        rows(section("docs/commands.md", "## Errors and exit codes")).stream()
            .map(r -> r.group(1) + " | " + r.group(3) + " | " + r.group(4))
            .toList();
    List<String> defined =
        Arrays.stream(ErrorCode.values())
            .map(c -> c.id() + " | " + c.exit().code() + " | " + c.meaning())
            .toList();
    assertThat(documented).containsExactlyElementsOf(defined);
  }

  @Test
  void theContractsConfigCodesExistAsConfigErrors() {
    // CONTRACT §3, the validation table.
    for (String code :
        List.of(
            "INVALID_TOML",
            "UNSUPPORTED_VERSION",
            "MISSING_FIELD",
            "INVALID_TYPE",
            "INVALID_SKILL_ID",
            "DUPLICATE_SKILL_ID",
            "INVALID_REPO",
            "INVALID_SUBPATH",
            "INVALID_MODE",
            "UNKNOWN_AGENT",
            "MISSING_TARGET_PATH",
            "NO_TARGETS",
            "INVALID_CHECK",
            "INVALID_CONCURRENCY",
            "UNKNOWN_KEY")) {
      assertThat(ErrorCode.valueOf(code).exit()).as(code).isEqualTo(ExitCode.USAGE);
    }
  }

  @Test
  void theRegistryErrorTableAgreesWithTheEnum() throws IOException {
    List<Matcher> rows = rows(section("docs/registries.md", "## Errors"));
    assertThat(rows).hasSizeGreaterThanOrEqualTo(7);
    for (Matcher r : rows) {
      for (String code : new String[] {r.group(1), r.group(2)}) {
        if (code != null) {
          assertThat(ErrorCode.valueOf(code).exit().code())
              .as(code)
              .isEqualTo(Integer.parseInt(r.group(3)));
        }
      }
    }
  }

  @Test
  void theCodesListedInTheConfigAndContainerDocsExist() throws IOException {
    List<String> named = new ArrayList<>();
    named.addAll(backticked(paragraph("docs/configuration.md", "Codes: ")));
    named.addAll(backticked(paragraph("docs/containers.md", "Problem codes behind the detail: ")));
    assertThat(named).hasSizeGreaterThanOrEqualTo(19);
    for (String code : named) {
      assertThat(ErrorCode.valueOf(code)).as(code).isNotNull();
    }
  }

  /** The lines of a document from {@code heading} to the next heading of any level. */
  private static List<String> section(String doc, String heading) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(doc));
    int start = lines.indexOf(heading);
    assertThat(start).as(heading + " in " + doc).isNotNegative();
    List<String> out = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("#")) {
        break;
      }
      out.add(line);
    }
    return out;
  }

  /** The paragraph of a document starting with {@code opening}, as one string. */
  private static String paragraph(String doc, String opening) throws IOException {
    String text = Files.readString(Path.of(doc));
    int start = text.indexOf(opening);
    assertThat(start).as(opening + " in " + doc).isNotNegative();
    int end = text.indexOf("\n\n", start);
    return text.substring(start, end < 0 ? text.length() : end);
  }

  private static List<Matcher> rows(List<String> lines) {
    List<Matcher> rows = new ArrayList<>();
    for (String line : lines) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        rows.add(m);
      } else {
        assertThat(line).as("a table row that does not parse").doesNotStartWith("| `");
      }
    }
    return rows;
  }

  private static List<String> backticked(String text) {
    List<String> codes = new ArrayList<>();
    Matcher m = Pattern.compile("`([A-Z][A-Z_]+)`").matcher(text);
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes;
  }
}
