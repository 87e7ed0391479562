package dev.edenskills.resolve;

import dev.edenskills.common.Env;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.config.SkillSpec;
import dev.edenskills.config.TargetEnvironment;
import dev.edenskills.config.TargetResolver;
import dev.edenskills.config.TargetSpec;
import dev.edenskills.lock.LockFile;
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

  public SkillResolver(ConfigFile config, Env env, LockFile lock) {
    this.config = config;
    this.env = env;
    this.lock = lock;
  }

  /** Every skill of the config, in config order. */
  public List<ResolvedSkill> resolveAll() {
    return resolve(id -> true);
  }

  /** The skills of the config whose id {@code include} accepts, in config order. */
  public List<ResolvedSkill> resolve(Predicate<String> include) {
    List<ResolvedSkill> out = new ArrayList<>();
    for (SkillSpec spec : config.config().skills()) {
      if (include.test(spec.id())) {
        out.add(resolve(spec));
      }
    }
    return out;
  }

  public ResolvedSkill resolve(SkillSpec spec) {
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
