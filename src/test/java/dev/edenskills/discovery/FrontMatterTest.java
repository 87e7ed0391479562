package dev.edenskills.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FrontMatterTest {

  private static String skill(String yaml) {
    return "---\n" + yaml + "---\n# Body\n";
  }

  private static SkillManifest valid(String content) {
    ParsedSkill parsed = FrontMatter.parse(content);
    assertThat(parsed).as(parsed.toString()).isInstanceOf(ParsedSkill.Valid.class);
    return ((ParsedSkill.Valid) parsed).manifest();
  }

  private static List<SkillProblem> problems(String content) {
    ParsedSkill parsed = FrontMatter.parse(content);
    assertThat(parsed).as(parsed.toString()).isInstanceOf(ParsedSkill.Invalid.class);
    return ((ParsedSkill.Invalid) parsed).problems();
  }

  @Test
  void readsEveryField() {
    SkillManifest m =
        valid(
            skill(
                """
                name: pdf-tools
                description: Extract text and tables from PDF files.
                license: Apache-2.0
                compatibility: Needs python3 and poppler
                metadata:
                  author: example-org
                  version: "1.0"
                allowed-tools: Bash(git add:*) Read, Grep
                """));
    assertThat(m)
        .isEqualTo(
            new SkillManifest(
                "pdf-tools",
                "Extract text and tables from PDF files.",
                Optional.of("Apache-2.0"),
                Optional.of("Needs python3 and poppler"),
                Map.of("author", "example-org", "version", "1.0"),
                List.of("Bash(git add:*)", "Read", "Grep")));
    assertThat(m.metadata().keySet()).containsExactly("author", "version");
  }

  @Test
  void optionalFieldsMayBeAbsentAndAllowedToolsMayBeAList() {
    SkillManifest m = valid(skill("name: a\ndescription: d\nallowed-tools: [Read, 'Bash(ls)']\n"));
    assertThat(m.license()).isEmpty();
    assertThat(m.compatibility()).isEmpty();
    assertThat(m.metadata()).isEmpty();
    assertThat(m.allowedTools()).containsExactly("Read", "Bash(ls)");
  }

  @Test
  void blockScalarDescriptionIsTrimmed() {
    SkillManifest m = valid(skill("name: a\ndescription: >\n  Folded\n  text.\n"));
    assertThat(m.description()).isEqualTo("Folded text.");
  }

  @Test
  void byteOrderMarkAndCrlfAreAccepted() {
    SkillManifest m =
        valid("\uFEFF---\r\nname: crlf\r\ndescription: Windows line ends\r\n---\r\nbody\r\n");
    assertThat(m.name()).isEqualTo("crlf");
    assertThat(m.description()).isEqualTo("Windows line ends");
  }

  @Test
  void fenceMayCarryTrailingBlanksAndBodyMayBeAbsent() {
    assertThat(valid("---  \nname: a\ndescription: d\n--- \t").name()).isEqualTo("a");
  }

  @Test
  void unknownKeysAndNonStringMetadataAreWarningsNotErrors() {
    ParsedSkill parsed =
        FrontMatter.parse(
            skill("name: a\ndescription: d\nversion: 2\nmetadata:\n  version: 1.10\n"));
    assertThat(parsed).isInstanceOf(ParsedSkill.Valid.class);
    ParsedSkill.Valid v = (ParsedSkill.Valid) parsed;
    assertThat(v.manifest().metadata()).containsEntry("version", "1.10");
    assertThat(v.warnings())
        .extracting(SkillProblem::code)
        .containsExactly(SkillProblem.UNKNOWN_KEY, SkillProblem.METADATA_NOT_STRING);
    assertThat(v.warnings().get(0).message()).contains("line 4", "\"version\"");
  }

  static Stream<Arguments> invalidNames() {
    return Stream.of(
        Arguments.of("'Upper'", "\"Upper\"", "contains \"U\""),
        Arguments.of("'../../x'", "\"../../x\"", "\".\""),
        Arguments.of("'..'", "\"..\"", "\".\""),
        Arguments.of("'a/b'", "\"a/b\"", "\"/\""),
        Arguments.of("\"a\\0b\"", "\"a\\0b\"", "\"\\0\""),
        Arguments.of("\"a\\e[31mb\"", "\"a\\u001B[31mb\"", "\"\\u001B\""),
        Arguments.of("\"a\\nb\"", "\"a\\nb\"", "\"\\n\""),
        Arguments.of("-lead", "\"-lead\"", "start or end"),
        Arguments.of("trail-", "\"trail-\"", "start or end"),
        Arguments.of("dou--ble", "\"dou--ble\"", "'--'"),
        Arguments.of("''", "name is empty", "name is empty"),
        Arguments.of("x".repeat(65), "65 characters", "at most 64"),
        Arguments.of("\"caf\\u00e9\"", "\"café\"", "\"é\""));
  }

  @ParameterizedTest
  @MethodSource("invalidNames")
  void badNamesAreRefusedAndShownEscaped(String yamlValue, String shown, String detail) {
    List<SkillProblem> p = problems(skill("name: " + yamlValue + "\ndescription: d\n"));
    assertThat(p).extracting(SkillProblem::code).containsExactly(SkillProblem.INVALID_NAME);
    assertThat(p.get(0).message())
        .startsWith("line 2, column 7: ")
        .contains(shown, detail)
        .doesNotContain("\u0000", "\u001b", "\n");
  }

  @Test
  void longestNameIsAccepted() {
    assertThat(valid(skill("name: " + "a".repeat(64) + "\ndescription: d\n")).name()).hasSize(64);
  }

  @Test
  void missingRequiredKeysAreAllReported() {
    List<SkillProblem> p = problems(skill("license: MIT\n"));
    assertThat(p)
        .extracting(SkillProblem::code)
        .containsExactly(SkillProblem.MISSING_FIELD, SkillProblem.MISSING_FIELD);
    assertThat(p).extracting(SkillProblem::message).anyMatch(m -> m.contains("'name'"));
    assertThat(p).extracting(SkillProblem::message).anyMatch(m -> m.contains("'description'"));
  }

  @Test
  void emptyFrontMatterMissesBothKeys() {
    assertThat(problems("---\n---\n")).hasSize(2);
    assertThat(problems("---\n# only a comment\n---\n")).hasSize(2);
  }

  @Test
  void keyWithoutValueIsMissing() {
    List<SkillProblem> p = problems(skill("name:\ndescription: d\n"));
    assertThat(p).extracting(SkillProblem::code).containsExactly(SkillProblem.MISSING_FIELD);
    assertThat(p.get(0).message()).contains("line 2", "has no value");
  }

  static Stream<Arguments> wrongTypes() {
    return Stream.of(
        Arguments.of(
            "name: 123\ndescription: d\n",
            "'name' must be a string, found a number (123); put it in quotes"),
        Arguments.of("name: a\ndescription: true\n", "found a boolean (true)"),
        Arguments.of("name: [a]\ndescription: d\n", "found a list"),
        Arguments.of("name: a\ndescription: {x: 1}\n", "found a map"),
        Arguments.of("name: a\ndescription: d\nlicense: [MIT]\n", "'license' must be a string"),
        Arguments.of("name: a\ndescription: d\nmetadata: x\n", "'metadata' must be a map"),
        Arguments.of(
            "name: a\ndescription: d\nmetadata: {k: [1]}\n",
            "metadata \"k\" must be a string, found a list"),
        Arguments.of(
            "name: a\ndescription: d\nallowed-tools: 5\n", "a string or a list of strings"),
        Arguments.of(
            "name: a\ndescription: d\nallowed-tools: [Read, {x: 1}]\n",
            "each 'allowed-tools' entry"),
        Arguments.of("name: !custom a\ndescription: d\n", "a value tagged \"!custom\""),
        Arguments.of("[a]: 1\nname: a\ndescription: d\n", "a key must be plain text"));
  }

  @ParameterizedTest
  @MethodSource("wrongTypes")
  void wrongTypesAreRefused(String yaml, String message) {
    List<SkillProblem> p = problems(skill(yaml));
    assertThat(p).extracting(SkillProblem::code).containsExactly(SkillProblem.INVALID_TYPE);
    assertThat(p.get(0).message()).startsWith("line ").contains(message);
  }

  @Test
  void descriptionLengthIsBounded() {
    assertThat(valid(skill("name: a\ndescription: " + "d".repeat(1024) + "\n")).description())
        .hasSize(1024);
    List<SkillProblem> p = problems(skill("name: a\ndescription: " + "d".repeat(1025) + "\n"));
    assertThat(p).extracting(SkillProblem::code).containsExactly(SkillProblem.INVALID_DESCRIPTION);
    assertThat(p.get(0).message()).contains("1025 characters", "at most 1024");
    assertThat(problems(skill("name: a\ndescription: '  '\n")))
        .extracting(SkillProblem::code)
        .containsExactly(SkillProblem.INVALID_DESCRIPTION);
  }

  @Test
  void compatibilityLengthIsBounded() {
    assertThat(
            valid(skill("name: a\ndescription: d\ncompatibility: " + "c".repeat(500) + "\n"))
                .compatibility())
        .isPresent();
    assertThat(problems(skill("name: a\ndescription: d\ncompatibility: " + "c".repeat(501) + "\n")))
        .extracting(SkillProblem::code)
        .containsExactly(SkillProblem.INVALID_COMPATIBILITY);
  }

  @Test
  void everyProblemIsCollectedNotJustTheFirst() {
    List<SkillProblem> p = problems(skill("name: Bad_Name\ndescription: ''\nmetadata: [x]\n"));
    assertThat(p)
        .extracting(SkillProblem::code)
        .containsExactly(
            SkillProblem.INVALID_NAME, SkillProblem.INVALID_DESCRIPTION, SkillProblem.INVALID_TYPE);
  }

  @Test
  void duplicateKeysAreErrors() {
    List<SkillProblem> p = problems(skill("name: a\ndescription: d\nname: b\n"));
    assertThat(p).extracting(SkillProblem::code).containsExactly(SkillProblem.DUPLICATE_KEY);
    assertThat(p.get(0).message()).contains("line 4", "first at line 2");
  }

  @Test
  void yamlSyntaxErrorsGiveFileLineAndColumn() {
    List<SkillProblem> p = problems(skill("name: a\ndescription: Use when: the user asks\n"));
    assertThat(p).extracting(SkillProblem::code).containsExactly(SkillProblem.INVALID_YAML);
    assertThat(p.get(0).message())
        .startsWith("line 3, column ")
        .contains("mapping values are not allowed");

    List<SkillProblem> unclosed = problems(skill("name: a\ndescription: \"never closed\n"));
    assertThat(unclosed.get(0).code()).isEqualTo(SkillProblem.INVALID_YAML);
    assertThat(unclosed.get(0).message()).startsWith("line ");
  }

  @Test
  void aDocumentEndMarkerCannotSmuggleASecondDocument() {
    assertThat(problems(skill("name: a\ndescription: d\n...\nname: b\n")))
        .extracting(SkillProblem::code)
        .containsExactly(SkillProblem.INVALID_YAML);
  }

  @Test
  void fileMustStartWithAFence() {
    assertThat(problems("# Title\n---\nname: a\n---\n"))
        .extracting(SkillProblem::code)
        .containsExactly(SkillProblem.NO_FRONT_MATTER);
    assertThat(problems(""))
        .extracting(SkillProblem::code)
        .containsExactly(SkillProblem.NO_FRONT_MATTER);
    assertThat(problems("----\nname: a\n----\n"))
        .extracting(SkillProblem::code)
        .containsExactly(SkillProblem.NO_FRONT_MATTER);
  }

  @Test
  void unclosedFrontMatterIsReported() {
    assertThat(problems("---\nname: a\ndescription: d\n"))
        .extracting(SkillProblem::code)
        .containsExactly(SkillProblem.UNTERMINATED_FRONT_MATTER);
  }

  @Test
  void notAMappingIsReported() {
    assertThat(problems(skill("- a\n- b\n")))
        .extracting(SkillProblem::code)
        .containsExactly(SkillProblem.NOT_A_MAPPING);
    assertThat(problems(skill("just text\n")))
        .extracting(SkillProblem::code)
        .containsExactly(SkillProblem.NOT_A_MAPPING);
  }
}
