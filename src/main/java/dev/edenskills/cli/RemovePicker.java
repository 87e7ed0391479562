package dev.edenskills.cli;

import dev.edenskills.config.SkillSpec;
import dev.edenskills.discovery.SafeText;
import dev.edenskills.discovery.Selection;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code remove} with no ids on a terminal: a numbered list of the configured skills, nothing
 * checked (removing is destructive, so Enter chooses none), then a yes/no question unless {@code
 * -y}. Prompts on stderr; reads only the CLI's input seam.
 */
final class RemovePicker {
  private final BufferedReader in;
  private final PrintWriter err;

  RemovePicker(BufferedReader in, PrintWriter err) {
    this.in = in;
    this.err = err;
  }

  /** The ids chosen, in config order; empty when none or at end of input. */
  List<String> pick(List<SkillSpec> skills) {
    err.println(skills.size() + (skills.size() == 1 ? " skill" : " skills") + " in the config:");
    for (int i = 0; i < skills.size(); i++) {
      SkillSpec s = skills.get(i);
      err.println(
          "[ ] "
              + (i + 1)
              + " "
              + s.id()
              + " ("
              + SafeText.escape(s.source().repo())
              + " "
              + SafeText.escape(s.source().subpath())
              + ")");
    }
    while (true) {
      err.print("Remove which? (e.g. 1,3-5 | all; Enter = none): ");
      err.flush();
      Optional<String> line = readLine();
      if (line.isEmpty() || line.get().isBlank()) {
        if (line.isEmpty()) {
          err.println();
        }
        return List.of();
      }
      switch (Selection.parse(line.get(), skills.size())) {
        case Selection.Chosen chosen -> {
          List<String> ids = new ArrayList<>();
          chosen.numbers().forEach(n -> ids.add(skills.get(n - 1).id()));
          return List.copyOf(ids);
        }
        case Selection.Bad bad -> err.println("  " + bad.reason() + "; try again");
      }
    }
  }

  /** Asks before removing; only an explicit yes counts (Enter and end of input mean no). */
  boolean confirm(List<String> ids) {
    err.print("Remove " + String.join(", ", ids) + " and uninstall them? [y/N] ");
    err.flush();
    Optional<String> line = readLine();
    if (line.isEmpty()) {
      err.println();
      return false;
    }
    String a = line.get().strip().toLowerCase(Locale.ROOT);
    return a.equals("y") || a.equals("yes");
  }

  private Optional<String> readLine() {
    try {
      return Optional.ofNullable(in.readLine());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the answer", e);
    }
  }
}
