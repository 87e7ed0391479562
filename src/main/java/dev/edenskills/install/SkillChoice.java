package dev.edenskills.install;

import dev.edenskills.common.Problem;
import dev.edenskills.discovery.DiscoveredSkill;
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
    if (all || found.size() <= 1 || picker.isEmpty()) {
      return found;
    }
    return picker.get().pick(found);
  }

  private static List<DiscoveredSkill> named(List<DiscoveredSkill> found, List<String> names) {
    List<DiscoveredSkill> chosen = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String name : new LinkedHashSet<>(names)) {
      Optional<DiscoveredSkill> match =
          found.stream().filter(s -> s.name().equals(name)).findFirst();
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
          "SKILL_NOT_FOUND",
          "no valid skill named " + String.join(", ", missing) + " in the source; " + available,
          "run 'eden-skills install <source> --list' to see the skills and why any were skipped");
    }
    return List.copyOf(chosen);
  }
}
