package dev.edenskills.cli.render;

import dev.edenskills.discovery.SkillProblem;
import dev.edenskills.discovery.SkillWarning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Many warnings of one kind as one line (CONTRACT §1, "one summary line per kind"): installing a
 * collection of 800 skills must not print 800 lines. The line gives the count, what it means and
 * the first example; with {@code -v} every item is printed on its own line, and {@code --json}
 * documents always carry them all.
 */
public final class WarningGroups {
  /** Longest example shown in a summary line; keeps the line under ~200 characters. */
  static final int EXAMPLE_WIDTH = 110;

  /** One warning: a stable code, what it is about (a path) and the full message. */
  public record Item(String code, String path, String message) {
    /** {@code warning[CODE] path: message}. */
    String render() {
      return "warning[" + code + "] " + path + ": " + message;
    }
  }

  private WarningGroups() {}

  /**
   * The lines to print for {@code items}, grouped by code in order of first appearance. A group of
   * at most {@code spellOut} items is printed item by item; a larger one (or any group, with {@code
   * spellOut} 0) is one summary line, unless {@code verbose}.
   */
  public static List<String> lines(List<Item> items, int spellOut, boolean verbose) {
    Map<String, List<Item>> groups = new LinkedHashMap<>();
    items.forEach(i -> groups.computeIfAbsent(i.code(), k -> new ArrayList<>()).add(i));
    List<String> lines = new ArrayList<>();
    groups.forEach(
        (code, group) -> {
          if (verbose || group.size() <= spellOut) {
            group.forEach(i -> lines.add(i.render()));
          } else {
            lines.add(summary(code, group));
          }
        });
    return lines;
  }

  private static String summary(String code, List<Item> group) {
    Item first = group.getFirst();
    String example = first.path() + ": " + first.message();
    if (example.length() > EXAMPLE_WIDTH) {
      example = example.substring(0, EXAMPLE_WIDTH - 3) + "...";
    }
    String more = group.size() > 1 ? "; -v lists all" : "";
    // One skill may say the same thing twice (two list-valued metadata keys): count skills.
    int skills = (int) group.stream().map(Item::path).distinct().count();
    return "warning[" + code + "] " + meaning(code, skills) + " (e.g. " + example + more + ")";
  }

  /** What a group means, in words; unknown codes get a generic sentence. */
  static String meaning(String code, int n) {
    String skills = n == 1 ? "1 skill" : n + " skills";
    String have = n == 1 ? " has " : " have ";
    return switch (code) {
      case SkillProblem.NAME_OUTSIDE_SPEC ->
          skills + have + "names outside the Agent Skills spec; installed as their lowercase forms";
      case SkillProblem.NAME_FROM_FOLDER ->
          skills + have + "no usable name; installed under their folder names";
      case SkillProblem.DESCRIPTION_TOO_LONG ->
          skills + have + "descriptions over 1024 characters; installed as written";
      case SkillProblem.METADATA_NOT_STRING ->
          skills + have + "metadata values that are not strings";
      case SkillProblem.UNKNOWN_KEY ->
          skills + have + "front-matter keys outside the spec; agents ignore them";
      case SkillWarning.OUTSIDE_SPEC ->
          skills + " skipped: front matter outside the spec (--strict)";
      case SkillWarning.DUPLICATE_SKILL_NAME ->
          skills + " skipped: their id is taken by an earlier skill";
      default -> n == 1 ? "1 warning" : n + " warnings";
    };
  }
}
