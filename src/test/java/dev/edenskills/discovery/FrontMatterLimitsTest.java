package dev.edenskills.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hostile input is refused quickly and without exhausting memory or the stack. */
@Timeout(30)
class FrontMatterLimitsTest {

  private static List<String> codes(String content) {
    ParsedSkill parsed = FrontMatter.parse(content);
    assertThat(parsed).as(parsed.toString()).isInstanceOf(ParsedSkill.Invalid.class);
    return ((ParsedSkill.Invalid) parsed).problems().stream().map(SkillProblem::code).toList();
  }

  @Test
  void hugeFrontMatterIsRefusedBeforeParsing() {
    String body = "description: " + "x".repeat(200_000) + "\n";
    assertThat(codes("---\nname: a\n" + body + "---\n"))
        .containsExactly(SkillProblem.FRONT_MATTER_TOO_LARGE);
    // no closing fence at all, one enormous line
    assertThat(codes("---\n" + "y".repeat(5_000_000)))
        .containsExactly(SkillProblem.FRONT_MATTER_TOO_LARGE);
  }

  @Test
  void frontMatterJustUnderTheLimitIsParsed() {
    String desc = "z".repeat(1000);
    StringBuilder yaml = new StringBuilder("name: a\ndescription: " + desc + "\nmetadata:\n");
    int i = 0;
    while (yaml.length() < FrontMatter.MAX_FRONT_MATTER_CHARS - 100) {
      yaml.append("  k").append(i++).append(": v\n");
    }
    ParsedSkill parsed = FrontMatter.parse("---\n" + yaml + "---\n");
    assertThat(parsed).isInstanceOf(ParsedSkill.Valid.class);
  }

  @Test
  void billionLaughsIsRefused() {
    StringBuilder y =
        new StringBuilder(
            "name: a\ndescription: d\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int level = 1; level <= 9; level++) {
      y.append("a").append(level).append(": &a").append(level).append(" [");
      for (int k = 0; k < 9; k++) {
        y.append(k == 0 ? "" : ", ").append("*a").append(level - 1);
      }
      y.append("]\n");
    }
    assertThat(codes("---\n" + y + "---\n")).containsExactly(SkillProblem.YAML_TOO_COMPLEX);
  }

  @Test
  void aFewAliasesInUnknownKeysAreHarmless() {
    ParsedSkill parsed =
        FrontMatter.parse(
            "---\nname: a\ndescription: &d text\nsummary: *d\nself: &s [*d, *d]\nmore: *s\n---\n");
    assertThat(parsed).isInstanceOf(ParsedSkill.Valid.class);
  }

  @Test
  void deepNestingIsRefusedWithoutStackOverflow() {
    String deep = "x: " + "[".repeat(60_000) + "]".repeat(60_000) + "\n";
    assertThat(codes("---\nname: a\ndescription: d\n" + deep + "---\n"))
        .containsExactly(SkillProblem.FRONT_MATTER_TOO_LARGE);
    String lessDeep = "x: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n";
    List<String> c = codes("---\nname: a\ndescription: d\n" + lessDeep + "---\n");
    assertThat(c).containsExactly(SkillProblem.YAML_TOO_COMPLEX);
  }

  @Test
  void recursiveStructuresAreNeverWalked() {
    ParsedSkill ignored =
        FrontMatter.parse("---\nname: a\ndescription: d\nloop: &l [*l]\nmetadata: {k: v}\n---\n");
    assertThat(ignored).isInstanceOf(ParsedSkill.Valid.class);
    assertThat(codes("---\nname: a\ndescription: d\nmetadata: &m {k: *m}\n---\n"))
        .containsExactly(SkillProblem.INVALID_TYPE);
    assertThat(codes("---\nname: a\ndescription: d\nallowed-tools: &t [*t]\n---\n"))
        .containsExactly(SkillProblem.INVALID_TYPE);
  }
}
