package dev.edenskills.registry;

import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import dev.edenskills.config.Config;
import dev.edenskills.config.RegistryConfig;
import dev.edenskills.config.RegistrySource;
import dev.edenskills.config.VersionReq;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds skills in the synced registry copies, offline (CONTRACT §11): registries by descending
 * priority (ties in config order), or only the one named; the first registry that has the name
 * decides. Only the files that a lookup needs are read, so a broken entry elsewhere never matters.
 */
public final class RegistryLookup {
  private final Config config;
  private final RegistryCache cache;

  public RegistryLookup(Config config, RegistryCache cache) {
    this.config = config;
    this.cache = cache;
  }

  /** The registries in search order: descending priority, then as written. */
  public List<RegistryConfig> ordered() {
    return config.registries().stream()
        .sorted(Comparator.comparingLong(RegistryConfig::priority).reversed())
        .toList();
  }

  /**
   * Resolves {@code source} to a version.
   *
   * @throws Problem {@code UNKNOWN_REGISTRY} / {@code SKILL_NOT_IN_REGISTRY} / {@code
   *     NO_MATCHING_VERSION} (exit 2), {@code REGISTRY_UNAVAILABLE} / {@code
   *     REGISTRY_INDEX_INVALID} / {@code REGISTRY_FORMAT_UNSUPPORTED} (exit 1)
   */
  public Resolution resolve(RegistrySource source) {
    VersionReq req;
    try {
      req = VersionReq.parse(source.version());
    } catch (IllegalArgumentException e) {
      throw Problem.usage(
          ErrorCode.INVALID_VERSION_REQ, e.getMessage(), "fix the version requirement");
    }
    Found found = find(source.name(), source.registry());
    IndexEntry entry = found.entry();
    Optional<String> best = req.best(entry.installable());
    if (best.isEmpty()) {
      throw Problem.usage(
          ErrorCode.NO_MATCHING_VERSION,
          "no version of "
              + source.name()
              + " in registry '"
              + found.registry().name()
              + "' matches '"
              + req
              + "'; installable: "
              + describe(entry),
          "relax the requirement (e.g. \"*\"), or run 'eden-skills update' to sync the registry");
    }
    return new Resolution(found.registry(), entry, entry.version(best.get()).orElseThrow());
  }

  /** The entry for {@code name} in the registry that has it first, with that registry. */
  public record Found(RegistryConfig registry, IndexEntry entry) {}

  public Found find(String name, Optional<String> only) {
    List<RegistryConfig> searched = searchOrder(only);
    List<String> unavailable = new ArrayList<>();
    for (RegistryConfig r : searched) {
      if (!cache.has(r.name())) {
        unavailable.add(r.name());
        continue;
      }
      Path dir = cache.dir(r.name());
      IndexParser.manifest(dir.resolve("manifest.toml"), r.name());
      Path file = indexFile(dir, name);
      if (Files.isRegularFile(file)) {
        return new Found(r, IndexParser.entry(file, name, r.name()));
      }
    }
    String names = String.join(", ", searched.stream().map(RegistryConfig::name).toList());
    if (!unavailable.isEmpty() && unavailable.size() == searched.size()) {
      throw Problem.runtime(
          ErrorCode.REGISTRY_UNAVAILABLE,
          "cannot look up "
              + name
              + ": registr"
              + (unavailable.size() == 1 ? "y " : "ies ")
              + String.join(", ", unavailable)
              + " could not be synced and no copy exists",
          "check the registry URL and the network, then run 'eden-skills update'");
    }
    throw Problem.usage(
        ErrorCode.SKILL_NOT_IN_REGISTRY,
        "no skill named "
            + name
            + " in registr"
            + (searched.size() == 1 ? "y " : "ies ")
            + names
            + (unavailable.isEmpty()
                ? ""
                : " (not synced: " + String.join(", ", unavailable) + ")"),
        "check the spelling with 'eden-skills search <words>', or run 'eden-skills update' to"
            + " sync the registries");
  }

  private List<RegistryConfig> searchOrder(Optional<String> only) {
    if (config.registries().isEmpty()) {
      throw Problem.usage(
          ErrorCode.NO_REGISTRIES,
          "the config has no [registries]; a skill given by name needs one",
          "add e.g. [registries] team = { url = \"https://host/org/index.git\", priority = 50 }");
    }
    if (only.isEmpty()) {
      return ordered();
    }
    return List.of(
        config
            .registry(only.get())
            .orElseThrow(
                () ->
                    Problem.usage(
                        ErrorCode.UNKNOWN_REGISTRY,
                        "no registry named '" + only.get() + "' in [registries]",
                        "use one of: "
                            + String.join(
                                ", ",
                                config.registries().stream().map(RegistryConfig::name).toList()))));
  }

  /** {@code index/<first char>/<name>.toml}; names are checked safe before they get here. */
  static Path indexFile(Path dir, String name) {
    return dir.resolve("index").resolve(name.substring(0, 1)).resolve(name + ".toml");
  }

  private static String describe(IndexEntry entry) {
    List<String> ok = entry.installable();
    return ok.isEmpty() ? "none (every version is yanked)" : String.join(", ", ok);
  }
}
