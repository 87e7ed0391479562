package dev.edenskills.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The known agents, read once from the {@code agents.toml} resource (CONTRACT §4). */
public final class AgentTable {
  private static final String RESOURCE = "/dev/edenskills/config/agents.toml";
  private static final AgentTable BUILTIN = load();

  private final Map<String, Agent> byId;

  AgentTable(List<Agent> agents) {
    Map<String, Agent> map = new LinkedHashMap<>();
    for (Agent a : agents) {
      if (map.put(a.id(), a) != null) {
        throw new IllegalStateException("agents.toml: duplicate agent id " + a.id());
      }
    }
    this.byId = java.util.Collections.unmodifiableMap(map);
  }

  /** The table shipped with the tool. */
  public static AgentTable builtin() {
    return BUILTIN;
  }

  public Optional<Agent> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  /** Every agent, in the order of the data file. */
  public List<Agent> all() {
    return List.copyOf(byId.values());
  }

  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  /** The closest known id to a misspelt one, for "did you mean" hints. */
  public Optional<String> suggest(String id) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String known : byId.keySet()) {
      int d = known.startsWith(id) && !id.isEmpty() ? 1 : distance(id, known);
      if (d < bestDistance) {
        best = known;
        bestDistance = d;
      }
    }
    return bestDistance <= Math.max(2, id.length() / 3)
        ? Optional.ofNullable(best)
        : Optional.empty();
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  static AgentTable load() {
    try (InputStream in = AgentTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Parses the data file; a broken table is a build bug, so it fails loudly. The file is read with
   * a reader for the one shape it has ({@code [[agents]]} headers, {@code key = "text"} lines,
   * comments) rather than a TOML library: this runs on every command that resolves a target
   * (install, add), and tomlj's first parse alone cost ~40 ms of interpreted ANTLR set-up there
   * (issue 12). {@code AgentTableTest} checks the result equals a full TOML parse of the file.
   */
  static AgentTable parse(String text) {
    List<Map<String, String>> rows = AgentRows.read(text);
    if (rows.isEmpty()) {
      throw new IllegalStateException("agents.toml: no [[agents]]");
    }
    List<Agent> agents = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      agents.add(
          new Agent(
              required(row, "id", i),
              required(row, "name", i),
              required(row, "home", i),
              Optional.ofNullable(row.get("home_env")),
              required(row, "global", i),
              required(row, "project", i)));
    }
    return new AgentTable(agents);
  }

  private static String required(Map<String, String> row, String key, int index) {
    String value = row.get(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("agents.toml: agents[" + index + "] has no " + key);
    }
    return value;
  }
}
