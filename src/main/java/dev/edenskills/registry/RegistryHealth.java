package dev.edenskills.registry;

import dev.edenskills.common.Problem;
import dev.edenskills.config.Config;
import dev.edenskills.config.RegistryConfig;
import dev.edenskills.config.SkillSpec;
import dev.edenskills.lock.LockEntry;
import dev.edenskills.lock.LockFile;
import dev.edenskills.lock.RegistryPin;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code doctor} checks about registries, offline: copies older than {@link #STALE_AFTER} (or
 * never synced), and locked versions that the registry has since yanked.
 */
public final class RegistryHealth {
  /** A synced copy older than this is reported as stale. */
  public static final Duration STALE_AFTER = Duration.ofDays(30);

  private final Config config;
  private final RegistryCache cache;

  public RegistryHealth(Config config, RegistryCache cache) {
    this.config = config;
    this.cache = cache;
  }

  /** A registry that is stale: never synced when {@code syncedAt} is empty. */
  public record Stale(String registry, Optional<Instant> syncedAt) {}

  public List<Stale> stale(Instant now) {
    List<Stale> out = new ArrayList<>();
    for (RegistryConfig r : config.registries()) {
      Optional<RegistryCache.Synced> synced = cache.synced(r.name());
      if (synced.isEmpty() || !cache.has(r.name())) {
        out.add(new Stale(r.name(), Optional.empty()));
      } else if (synced.get().syncedAt().isBefore(now.minus(STALE_AFTER))) {
        out.add(new Stale(r.name(), Optional.of(synced.get().syncedAt())));
      }
    }
    return out;
  }

  /** A configured skill whose locked version is yanked in the synced copy of its registry. */
  public record Yanked(String skillId, RegistryPin pin) {}

  public List<Yanked> yanked(LockFile lock) {
    List<Yanked> out = new ArrayList<>();
    for (SkillSpec skill : config.skills()) {
      Optional<RegistryPin> pin = lock.find(skill.id()).flatMap(LockEntry::registry);
      if (skill.source().registry().isEmpty() || pin.isEmpty()) {
        continue;
      }
      RegistryPin p = pin.get();
      if (config.registry(p.registry()).isEmpty() || !cache.has(p.registry())) {
        continue;
      }
      try {
        IndexEntry entry =
            new RegistryLookup(config, cache).find(p.name(), Optional.of(p.registry())).entry();
        if (entry.version(p.version()).map(IndexVersion::yanked).orElse(false)) {
          out.add(new Yanked(skill.id(), p));
        }
      } catch (Problem e) {
        // A broken or missing entry is reported where it is used (apply, update, search).
      }
    }
    return out;
  }
}
