package dev.edenskills.discovery;

import java.util.List;

/** Asks which of the discovered skills to install ({@code install} on a terminal, CONTRACT §7). */
public interface SkillPicker {
  /**
   * Returns the chosen skills, in the order given; empty when the user chose none or gave up (end
   * of input).
   */
  List<DiscoveredSkill> pick(List<DiscoveredSkill> found);
}
