package dev.edenskills.cli;

import dev.edenskills.discovery.DiscoveredSkill;
import dev.edenskills.discovery.SafeText;
import dev.edenskills.discovery.Selection;
import dev.edenskills.discovery.SkillPicker;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * A numbered checkbox list on a line-based terminal: every skill starts checked, the user types
 * numbers and ranges ({@code 1,3-5}), {@code all}, {@code none}, or just Enter for all, and is
 * asked again after a typo. Takes its reader and writer as parameters so it never touches {@code
 * System.in}; names and descriptions are escaped before they reach the screen. The prompt is
 * user-facing text, so it lives here in cli/; install/ sees only the {@link SkillPicker} seam.
 */
public final class TerminalSkillPicker implements SkillPicker {
  private static final int DESCRIPTION_WIDTH = 72;

  private final BufferedReader in;
  private final PrintWriter out;

  public TerminalSkillPicker(Reader in, PrintWriter out) {
    this.in = in instanceof BufferedReader b ? b : new BufferedReader(in);
    this.out = out;
  }

  @Override
  public List<DiscoveredSkill> pick(List<DiscoveredSkill> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    out.println("Found " + found.size() + (found.size() == 1 ? " skill:" : " skills:"));
    for (int i = 0; i < found.size(); i++) {
      DiscoveredSkill s = found.get(i);
      out.println(
          "[x] " + (i + 1) + " " + SafeText.escape(s.name()) + " - " + summary(s.description()));
    }
    while (true) {
      out.print("Install which? (e.g. 1,3-5 | all | none; Enter = all): ");
      out.flush();
      Optional<String> line = readLine();
      if (line.isEmpty()) {
        out.println();
        out.flush();
        return List.of();
      }
      Selection selection = Selection.parse(line.get(), found.size());
      switch (selection) {
        case Selection.Chosen chosen -> {
          return pickOut(found, chosen.numbers());
        }
        case Selection.Bad bad -> out.println("  " + bad.reason() + "; try again");
      }
    }
  }

  private static List<DiscoveredSkill> pickOut(List<DiscoveredSkill> found, SortedSet<Integer> n) {
    List<DiscoveredSkill> chosen = new ArrayList<>();
    n.forEach(i -> chosen.add(found.get(i - 1)));
    return List.copyOf(chosen);
  }

  private Optional<String> readLine() {
    try {
      return Optional.ofNullable(in.readLine());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the answer", e);
    }
  }

  /** First line of the description, cut to fit a terminal row, escaped. */
  private static String summary(String description) {
    String first = description.strip().lines().findFirst().orElse("");
    if (first.codePointCount(0, first.length()) > DESCRIPTION_WIDTH) {
      first = first.substring(0, first.offsetByCodePoints(0, DESCRIPTION_WIDTH - 3)) + "...";
    }
    return SafeText.escape(first);
  }
}
