package dev.edenskills.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/** The subset reader gives what tomlj gives, or says which line is outside the subset. */
class OwnTomlTest {
  /** Text shaped like the lock and safety files, with every value kind and hostile strings. */
  static final String SAMPLE =
      "# Written by eden-skills; do not edit.\n"
          + "version = 1\n"
          + "flag = true\n"
          + "other = false\n"
          + "labels = []\n"
          + "more = [\"a\", \"b \\\" c\", \"\u65e5\\u0001\"]\n"
          + "\n[[skills]]\n"
          + "id = \"pdf\"\n"
          + "repo = "
          + TomlStrings.quote(
              "/home/u/my \"skills\" \\ repo\t\n\r\b\f\u0000\u007f \u00e9 \uD83D\uDE80")
          + "\n"
          + "version = \"1.2.3\"\n"
          + "\n[[skills.targets]]\n"
          + "agent = \"claude-code\"\n"
          + "path = \"C:\\\\Users\\\\me\"\n"
          + "\n[[skills.targets]]\n"
          + "agent = \"custom\"\n"
          + "path = \"/x\"\n"
          + "\n[[skills]]\n"
          + "id = \"empty\"\n";

  private static Map<String, Object> tomlj(String text) {
    TomlParseResult toml = Toml.parse(text);
    assertThat(toml.errors()).as("tomlj errors for:\n%s", text).isEmpty();
    return TomljTree.of(toml);
  }

  @Test
  void theWritersShapesReadExactlyAsTomljReadsThem() throws Exception {
    Map<String, Object> own = OwnToml.read(SAMPLE);

    assertThat(own).isEqualTo(tomlj(SAMPLE));
    assertThat(own.get("version")).isEqualTo(1L);
    assertThat(own.get("more")).isEqualTo(List.of("a", "b \" c", "\u65e5\u0001"));
    List<?> skills = (List<?>) own.get("skills");
    assertThat(skills).hasSize(2);
    assertThat(((Map<?, ?>) skills.get(0)).get("targets"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .hasSize(2);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "version = 1\\nkey=\"x\"|2",
        "version = 1\\nkey = \"x\" # comment|2",
        "version = 1\\nkey = 'literal'|2",
        "a = 1\\nb = \"\\U0001F680\"|2",
        "a = 1\\nb = \"\\ud800\"|2",
        "a = 1\\na = 2|2",
        "a = 01|1",
        "a = -1|1",
        "a = 1.5|1",
        "a = {x = 1}|1",
        "a.b = 1|1",
        "[table]|1",
        "[[a.b]]|1",
        "a = \"x\"\\n[[a]]|2",
        "a = [\"x\",\"y\"]|1",
        "a = \"unterminated|1",
        "a = \"x\"\\r\\nb = 1|1",
        "a = \"\\u00zz\"|1",
      })
  void textOutsideTheSubsetIsRejectedNamingItsLine(String escaped, int line) {
    String text = escaped.replace("\\r", "\r").replace("\\n", "\n");
    assertThatThrownBy(() -> OwnToml.read(text))
        .isInstanceOfSatisfying(
            OwnToml.Outside.class, e -> assertThat(e.line()).as(text).isEqualTo(line))
        .hasMessageStartingWith("line " + line + ": ");
  }

  @Test
  void spacingOtherThanTheWritersIsOutside() {
    for (String text : List.of("  a = 1\n", "a = 1 \n", "a  = 1\n", "\ta = 1\n", " \n")) {
      assertThatThrownBy(() -> OwnToml.read(text)).as(text).isInstanceOf(OwnToml.Outside.class);
    }
  }

  @Test
  void aFullwidthDigitIsNotAHexDigit() {
    // Character.digit reads U+FF10 as 0; TOML wants ASCII hex digits.
    assertThatThrownBy(() -> OwnToml.read("a = \"\\u\uFF10\uFF10\uFF14\uFF11\"\n"))
        .isInstanceOf(OwnToml.Outside.class);
  }

  /**
   * The soundness argument: whatever random edit of a writer-shaped file the subset reader accepts,
   * tomlj accepts too, with the same tree. (What it rejects goes to tomlj anyway.)
   */
  @Test
  void whateverTheSubsetAcceptsTomljReadsTheSameWay() {
    Random random = new Random(20261202L);
    List<String> alphabet =
        List.of(
            "[",
            "]",
            "{",
            "}",
            "\"",
            "'",
            "=",
            " = ",
            "\\",
            "\\u",
            "\\U",
            ".",
            ",",
            ", ",
            "#",
            "\n",
            "\r",
            "\t",
            " ",
            "0",
            "1",
            "9",
            "a",
            "f",
            "x",
            "_",
            "-",
            "true",
            "\u00e9",
            "\u65e5",
            "\uD83D\uDE80",
            "\u0000",
            "\u007f",
            "[[skills]]\n",
            "[[skills.targets]]\n");
    int accepted = 0;
    int rejected = 0;
    for (int i = 0; i < 6000; i++) {
      StringBuilder text = new StringBuilder(SAMPLE);
      int edits = 1 + random.nextInt(4);
      for (int e = 0; e < edits && !text.isEmpty(); e++) {
        int at = random.nextInt(text.length());
        switch (random.nextInt(4)) {
          case 0 -> text.deleteCharAt(at);
          case 1 -> text.insert(at, alphabet.get(random.nextInt(alphabet.size())));
          case 2 -> {
            int end = Math.min(text.length(), at + random.nextInt(40));
            text.insert(random.nextInt(text.length()), text.substring(at, end));
          }
          default -> text.replace(at, at + 1, alphabet.get(random.nextInt(alphabet.size())));
        }
      }
      // As read from a file: valid UTF-8, so no lone surrogate.
      String mutated =
          new String(text.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
      Map<String, Object> own;
      try {
        own = OwnToml.read(mutated);
      } catch (OwnToml.Outside e) {
        rejected++;
        continue;
      }
      accepted++;
      assertThat(own).as("mutation %d:\n%s", i, mutated).isEqualTo(tomlj(mutated));
    }
    assertThat(accepted).as("accepted").isGreaterThan(500);
    assertThat(rejected).as("rejected").isGreaterThan(500);
  }
}
