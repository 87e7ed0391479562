package dev.edenskills.resolve;

import dev.edenskills.common.Env;
import dev.edenskills.common.Problem;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.config.SkillSpec;
import dev.edenskills.config.TargetEnvironment;
import dev.edenskills.config.TargetResolver;
import dev.edenskills.config.TargetSpec;
import dev.edenskills.lock.LockFile;
import dev.edenskills.registry.RegistryPinning;
import dev.edenskills.source.RepoLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Turns config entries into {@link ResolvedSkill}s: locations, target paths, lock entries. */
public final class SkillResolver {
  private final ConfigFile config;
  private final Env env;
  private final LockFile lock;
  private final List<Unresolved> unresolved = new ArrayList<>();

  /** A skill given by name that no registry could resolve (CONTRACT §11), and why. */
  public record Unresolved(String id, Problem problem) {}

  public SkillResolver(ConfigFile config, Env env, LockFile lock) {
    this.config = config;
    this.env = env;
    this.lock = lock;
  }

  /** Every skill of the config, in config order, names pinned to their locked versions. */
  public List<ResolvedSkill> resolveAll() {
    return resolve(id -> true, false);
  }

  /**
   * The skills of the config whose id {@code include} accepts, in config order. Skills given by
   * name are pinned to their locked version (or, with {@code update}, to the newest matching one);
   * those that cannot be resolved are left out and listed in {@link #unresolved()}, so one broken
   * registry never stops the other skills.
   */
  public List<ResolvedSkill> resolve(Predicate<String> include, boolean update) {
    RegistryPinning pinning = new RegistryPinning(config.config(), config.storeRoot(env), update);
    List<ResolvedSkill> out = new ArrayList<>();
    for (SkillSpec spec : config.config().skills()) {
      if (include.test(spec.id())) {
        try {
          out.add(resolve(pinning.concrete(spec, lock.find(spec.id()))));
        } catch (Problem p) {
          if (!spec.source().unresolvedName()) {
            throw p;
          }
          unresolved.add(new Unresolved(spec.id(), p));
        }
      }
    }
    return out;
  }

  /**
   * The skills given by name that the last {@link #resolve(Predicate, boolean)} could not resolve.
   */
  public List<Unresolved> unresolved() {
    return List.copyOf(unresolved);
  }

  /**
   * One skill; a skill given by name is pinned as in {@link #resolve(Predicate, boolean)}.
   *
   * @throws Problem when a name cannot be resolved
   */
  public ResolvedSkill resolve(SkillSpec spec) {
    if (spec.source().unresolvedName()) {
      spec =
          new RegistryPinning(config.config(), config.storeRoot(env), false)
              .concrete(spec, lock.find(spec.id()));
    }
    RepoLocation location = RepoLocation.parse(spec.source().repo(), env, config.baseDir());
    // Targets that resolve to the same path are installed once (CONTRACT §4).
    Set<Path> seen = new LinkedHashSet<>();
    List<ResolvedSkill.Target> targets = new ArrayList<>();
    for (TargetSpec t : spec.targets()) {
      Path path = TargetResolver.resolve(t, env, config.baseDir()).resolve(spec.id()).normalize();
      if (seen.add(path)) {
        targets.add(new ResolvedSkill.Target(t.agent(), path, TargetEnvironment.of(t)));
      }
    }
    return new ResolvedSkill(spec, location, targets, lock.find(spec.id()));
  }
}
