package dev.edenskills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package graph of docs/architecture.md, read from the sources' imports: no cycles, and the
 * edges the layering forbids are absent.
 */
class PackageLayersTest {
  private static final Path ROOT = Path.of("src/main/java/dev/edenskills");
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?dev\\.edenskills\\.([a-z]+)\\.", Pattern.MULTILINE);

  /** package → packages it imports (sub-packages such as cli/render count as their parent). */
  private static Map<String, Set<String>> graph;

  @BeforeAll
  static void readImports() throws IOException {
    graph = new TreeMap<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Path rel = ROOT.relativize(f);
        if (rel.getNameCount() < 2) {
          continue; // Main, AotTraining: the entry points may see everything
        }
        String from = rel.getName(0).toString();
        Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
        Matcher m = IMPORT.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          if (!m.group(1).equals(from)) {
            to.add(m.group(1));
          }
        }
      }
    }
  }

  @Test
  void theGraphIsReadFromTheSources() {
    assertThat(graph).containsKeys("cli", "apply", "source", "reactor", "common");
    assertThat(graph.get("apply")).contains("reactor", "source");
  }

  @Test
  void packagesImportEachOtherWithoutCycles() {
    List<String> cycles = new ArrayList<>();
    for (String start : graph.keySet()) {
      findCycle(start, new ArrayList<>(List.of(start)), cycles);
    }
    assertThat(cycles).as("package cycles").isEmpty();
  }

  @Test
  void theSourceLayerKnowsNothingOfTheReactorNorOfWhatIsBuiltOnIt() {
    assertThat(graph.get("source")).as("source imports").containsOnly("common");
    assertThat(graph.get("registry")).as("registry imports").doesNotContain("reactor", "apply");
    assertThat(graph.get("reactor")).as("reactor imports").isEmpty();
  }

  @Test
  void onlyTheSourcePackageKnowsWhereSnapshotsLiveInTheStore() throws IOException {
    List<String> readers = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (!f.startsWith(ROOT.resolve("source"))
            && Files.readString(f, StandardCharsets.UTF_8).contains("\"snapshots")) {
          readers.add(ROOT.relativize(f).toString());
        }
      }
    }
    assertThat(readers).as("files outside source/ naming the snapshots directory").isEmpty();
  }

  private static void findCycle(String at, List<String> path, List<String> cycles) {
    for (String next : graph.getOrDefault(at, Set.of())) {
      if (next.equals(path.getFirst())) {
        cycles.add(String.join(" -> ", path) + " -> " + next);
      } else if (!path.contains(next) && next.compareTo(path.getFirst()) > 0) {
        path.add(next);
        findCycle(next, path, cycles);
        path.removeLast();
      }
    }
  }
}
