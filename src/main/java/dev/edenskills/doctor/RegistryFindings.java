package dev.edenskills.doctor;

import dev.edenskills.config.Config;
import dev.edenskills.lock.LockFile;
import dev.edenskills.registry.RegistryCache;
import dev.edenskills.registry.RegistryHealth;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** {@code REGISTRY_STALE} and {@code VERSION_YANKED} findings (CONTRACT §11). */
final class RegistryFindings {
  private RegistryFindings() {}

  static List<Finding> of(Config config, LockFile lock, Path storeRoot, Clock clock) {
    RegistryHealth health = new RegistryHealth(config, RegistryCache.in(storeRoot));
    List<Finding> out = new ArrayList<>();
    for (RegistryHealth.Stale s : health.stale(clock.instant())) {
      out.add(
          new Finding(
              FindingCode.REGISTRY_STALE,
              java.util.Optional.empty(),
              java.util.Optional.empty(),
              s.syncedAt()
                  .map(
                      at ->
                          "registry "
                              + s.registry()
                              + " was last synced "
                              + at
                              + ", more than "
                              + RegistryHealth.STALE_AFTER.toDays()
                              + " days ago")
                  .orElse("registry " + s.registry() + " has never been synced"),
              FindingCode.REGISTRY_STALE.remediation()));
    }
    for (RegistryHealth.Yanked y : health.yanked(lock)) {
      out.add(
          Finding.skill(
              FindingCode.VERSION_YANKED,
              y.skillId(),
              y.pin().name()
                  + " "
                  + y.pin().version()
                  + " is installed, but registry "
                  + y.pin().registry()
                  + " has yanked that version"));
    }
    return out;
  }
}
