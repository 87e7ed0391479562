package dev.edenskills.cli;

import dev.edenskills.config.AgentTable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Shell-completion values for {@code --target}: every agent id and {@code custom:}. */
final class TargetCandidates implements Iterable<String> {
  @Override
  public Iterator<String> iterator() {
    List<String> all = new ArrayList<>(AgentTable.builtin().ids());
    all.add("custom:");
    return all.iterator();
  }
}
