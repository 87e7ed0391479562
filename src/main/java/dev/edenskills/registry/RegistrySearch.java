package dev.edenskills.registry;

import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import dev.edenskills.config.Config;
import dev.edenskills.config.RegistryConfig;
import dev.edenskills.config.RegistryNames;
import dev.edenskills.config.VersionReq;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code search <words>}: the index entries whose name or description holds every word (case
 * ignored), across the synced registries in priority order, offline. A malformed entry is skipped
 * with a warning naming its file, so one bad file never hides the rest.
 */
public final class RegistrySearch {
  private final Config config;
  private final RegistryCache cache;

  public RegistrySearch(Config config, RegistryCache cache) {
    this.config = config;
    this.cache = cache;
  }

  /** One match: the newest installable version, or none when every version is yanked. */
  public record Hit(String name, String description, String registry, String latest) {}

  public List<Hit> search(List<String> words, Consumer<String> warn) {
    if (config.registries().isEmpty()) {
      throw Problem.usage(
          ErrorCode.NO_REGISTRIES,
          "the config has no [registries] to search",
          "add one, e.g. [registries] team = { url = \"https://host/org/index.git\" }");
    }
    List<String> wanted = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    List<Hit> hits = new ArrayList<>();
    for (RegistryConfig r : new RegistryLookup(config, cache).ordered()) {
      if (!cache.has(r.name())) {
        warn.accept("registry " + r.name() + " has not been synced; run 'eden-skills update'");
        continue;
      }
      try {
        IndexParser.manifest(cache.dir(r.name()).resolve("manifest.toml"), r.name());
      } catch (Problem p) {
        warn.accept("skipped registry " + r.name() + ": " + p.getMessage());
        continue;
      }
      for (Path file : indexFiles(cache.dir(r.name()))) {
        String name = file.getFileName().toString().replaceFirst("\\.toml$", "");
        if (RegistryNames.skillProblem(name).isPresent()) {
          continue;
        }
        IndexEntry entry;
        try {
          entry = IndexParser.entry(file, name, r.name());
        } catch (Problem p) {
          warn.accept("skipped: " + p.getMessage());
          continue;
        }
        String text = (entry.name() + " " + entry.description()).toLowerCase(Locale.ROOT);
        if (wanted.stream().allMatch(text::contains)) {
          Optional<String> latest = VersionReq.parse("*").best(entry.installable());
          hits.add(new Hit(entry.name(), entry.description(), r.name(), latest.orElse("")));
        }
      }
    }
    return hits;
  }

  private static List<Path> indexFiles(Path dir) {
    Path index = dir.resolve("index");
    if (!Files.isDirectory(index)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(index, 2)) {
      return files
          .filter(f -> f.toString().endsWith(".toml") && Files.isRegularFile(f))
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
