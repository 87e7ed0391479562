package dev.edenskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.discovery.DiscoveredSkill;
import dev.edenskills.discovery.SkillManifest;
import dev.edenskills.discovery.SkillPicker;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TerminalSkillPickerTest {
  private final StringWriter screen = new StringWriter();

  private static DiscoveredSkill skill(String name, String description) {
    return new DiscoveredSkill(
        new SkillManifest(
            name, description, Optional.empty(), Optional.empty(), Map.of(), List.of()),
        "skills/" + name);
  }

  private static final List<DiscoveredSkill> FIVE =
      IntStream.rangeClosed(1, 5).mapToObj(i -> skill("s" + i, "Skill number " + i)).toList();

  private List<String> pick(String typed, List<DiscoveredSkill> found) {
    SkillPicker picker =
        new TerminalSkillPicker(new StringReader(typed), new PrintWriter(screen, true));
    return picker.pick(found).stream().map(DiscoveredSkill::name).toList();
  }

  @Test
  void listsEverySkillCheckedWithNumberNameAndDescription() {
    pick("\n", FIVE);
    assertThat(screen.toString())
        .contains(
            "Found 5 skills:",
            "[x] 1 s1 - Skill number 1",
            "[x] 5 s5 - Skill number 5",
            "Install which?");
  }

  @Test
  void enterMeansAll() {
    assertThat(pick("\n", FIVE)).containsExactly("s1", "s2", "s3", "s4", "s5");
    assertThat(pick("all\n", FIVE)).hasSize(5);
    assertThat(pick(" ALL \n", FIVE)).hasSize(5);
  }

  @Test
  void numbersAndRangesPickInListOrder() {
    assertThat(pick("4,1-2\n", FIVE)).containsExactly("s1", "s2", "s4");
    assertThat(pick("3 5\n", FIVE)).containsExactly("s3", "s5");
    assertThat(pick("2,2,1-2\n", FIVE)).containsExactly("s1", "s2");
  }

  @Test
  void noneChoosesNothing() {
    assertThat(pick("none\n", FIVE)).isEmpty();
  }

  @Test
  void badAnswersAreAskedAgain() {
    assertThat(pick("x\n9\n4-2\n,\n1-99999999\n2\n", FIVE)).containsExactly("s2");
    assertThat(screen.toString())
        .contains("'x' is not a number or a range like 3-5; try again")
        .contains("'9' is outside 1-5")
        .contains("'4-2' runs backwards")
        .contains("no numbers given")
        .contains("'1-99999999' is not a number");
    assertThat(screen.toString().split("Install which\\?", -1)).hasSize(7);
  }

  @Test
  void endOfInputChoosesNothing() {
    assertThat(pick("", FIVE)).isEmpty();
    assertThat(pick("bad\n", FIVE)).isEmpty();
  }

  @Test
  void nothingFoundAsksNothing() {
    assertThat(pick("1\n", List.of())).isEmpty();
    assertThat(screen.toString()).isEmpty();
  }

  @Test
  void descriptionsAreEscapedAndCutToOneLine() {
    pick(
        "\n",
        List.of(
            skill("evil", "Line one \u001b[2J wipe\nsecond line"), skill("long", "w".repeat(200))));
    assertThat(screen.toString())
        .contains("[x] 1 evil - Line one \\u001B[2J wipe\n")
        .doesNotContain("\u001b", "second line")
        .contains("[x] 2 long - " + "w".repeat(69) + "...\n");
  }
}
