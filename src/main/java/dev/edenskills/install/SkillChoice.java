package dev.edenskills.install;

import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import dev.edenskills.discovery.DiscoveredSkill;
import dev.edenskills.discovery.SafeId;
import dev.edenskills.discovery.SafeText;
import dev.edenskills.discovery.SkillPicker;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which of the discovered skills to install (CONTRACT §7): the ones named with {@code --skill}; all
 * with {@code --all}; otherwise, when there are several and a person is at the terminal, whatever
 * the picker returns; otherwise all.
 */
public final class SkillChoice {
  private SkillChoice() {}

  /**
   * @param names {@code --skill} values, matched against front-matter names
   * @param picker present only when the user can answer a prompt
   * @throws Problem {@code SKILL_NOT_FOUND} (exit 1) when a name matches no valid skill
   */
  public static List<DiscoveredSkill> choose(
      List<DiscoveredSkill> found, List<String> names, boolean all, Optional<SkillPicker> picker) {
    if (!names.isEmpty()) {
      return named(found, names);
    }
    if (all) {
      return found;
    }
    // Hidden collections (skills/.system) are installed only when named or with --all.
    List<DiscoveredSkill> visible = found.stream().filter(s -> !s.hidden()).toList();
    if (visible.size() <= 1 || picker.isEmpty()) {
      return visible;
    }
    return picker.get().pick(visible);
  }

  /** Why nothing was chosen: the picker's answer, or only hidden skills in the source. */
  public static String nothingChosen(List<DiscoveredSkill> found) {
    long hidden = found.stream().filter(DiscoveredSkill::hidden).count();
    if (hidden > 0 && hidden == found.size()) {
      return "only hidden skills found ("
          + hidden
          + "); name them with --skill or use --all; nothing installed";
    }
    return "no skill chosen; nothing installed";
  }

  /** By id, or by the name as written in the front matter ({@code "Ahrefs Automation"}). */
  private static boolean matches(DiscoveredSkill skill, String name) {
    return skill.name().equals(name) || SafeId.derive(name).equals(Optional.of(skill.name()));
  }

  private static List<DiscoveredSkill> named(List<DiscoveredSkill> found, List<String> names) {
    List<DiscoveredSkill> chosen = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String name : new LinkedHashSet<>(names)) {
      Optional<DiscoveredSkill> match = found.stream().filter(s -> matches(s, name)).findFirst();
      if (match.isPresent()) {
        chosen.add(match.get());
      } else {
        missing.add(SafeText.quote(name, 80));
      }
    }
    if (!missing.isEmpty()) {
      String available =
          found.isEmpty()
              ? "the source holds no valid skill"
              : "found: "
                  + found.stream().map(DiscoveredSkill::name).collect(Collectors.joining(", "));
      throw Problem.runtime(
          ErrorCode.SKILL_NOT_FOUND,
          "no valid skill named " + String.join(", ", missing) + " in the source; " + available,
          "run 'eden-skills install <source> --list' to see the skills and why any were skipped");
    }
    return List.copyOf(chosen);
  }
}
