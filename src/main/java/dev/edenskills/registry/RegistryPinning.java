package dev.edenskills.registry;

import dev.edenskills.common.Problem;
import dev.edenskills.config.Config;
import dev.edenskills.config.RegistrySource;
import dev.edenskills.config.SkillSpec;
import dev.edenskills.config.SourceSpec;
import dev.edenskills.config.VersionReq;
import dev.edenskills.lock.LockEntry;
import dev.edenskills.lock.RegistryPin;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns a skill given by name into one given by repository and commit (CONTRACT §11). A locked
 * version that still satisfies the requirement is kept, without reading any index (so {@code apply}
 * is pinned and a broken index cannot touch it); otherwise, or when {@code latest} ({@code
 * update}), the synced index decides. The result's {@link RegistrySource} holds the exact version
 * and the registry that offered it, for the lock.
 */
public final class RegistryPinning {
  private final RegistryLookup lookup;
  private final boolean latest;

  public RegistryPinning(Config config, Path storeRoot, boolean latest) {
    this.lookup = new RegistryLookup(config, RegistryCache.in(storeRoot));
    this.latest = latest;
  }

  /**
   * {@code spec} unchanged unless it is given by name; else its pinned or resolved form.
   *
   * @throws Problem when the name cannot be resolved ({@link RegistryLookup#resolve})
   */
  public SkillSpec concrete(SkillSpec spec, Optional<LockEntry> locked) {
    if (!spec.source().unresolvedName()) {
      return spec;
    }
    RegistrySource wanted = spec.source().registry().orElseThrow();
    Optional<SourceSpec> pinned = latest ? Optional.empty() : pinned(wanted, locked);
    return with(spec, pinned.orElseGet(() -> resolved(wanted)));
  }

  private static Optional<SourceSpec> pinned(RegistrySource wanted, Optional<LockEntry> locked) {
    if (locked.isEmpty() || locked.get().registry().isEmpty() || locked.get().commit().isEmpty()) {
      return Optional.empty();
    }
    LockEntry l = locked.get();
    RegistryPin pin = l.registry().get();
    boolean same =
        pin.name().equals(wanted.name())
            && wanted.registry().map(r -> r.equals(pin.registry())).orElse(true)
            && VersionReq.problem(wanted.version()).isEmpty()
            && VersionReq.parse(wanted.version()).matches(pin.version());
    if (!same) {
      return Optional.empty();
    }
    return Optional.of(
        new SourceSpec(
            l.repo(),
            l.commit(),
            l.subpath(),
            Optional.of(
                new RegistrySource(pin.name(), pin.version(), Optional.of(pin.registry())))));
  }

  private SourceSpec resolved(RegistrySource wanted) {
    Resolution r = lookup.resolve(wanted);
    return sourceOf(r);
  }

  /** The concrete source of a resolution: the entry's repo and subpath at the version's commit. */
  public static SourceSpec sourceOf(Resolution r) {
    return new SourceSpec(
        r.entry().repo(),
        r.version().commit(),
        r.entry().subpath(),
        Optional.of(
            new RegistrySource(
                r.entry().name(), r.version().version(), Optional.of(r.registry().name()))));
  }

  private static SkillSpec with(SkillSpec spec, SourceSpec source) {
    return new SkillSpec(
        spec.id(), source, spec.mode(), spec.targets(), spec.verify(), spec.noExecMetadataOnly());
  }
}
