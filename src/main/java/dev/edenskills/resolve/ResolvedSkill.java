package dev.edenskills.resolve;

import dev.edenskills.config.SkillSpec;
import dev.edenskills.config.TargetEnvironment;
import dev.edenskills.lock.LockEntry;
import dev.edenskills.source.RepoLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A skill of the config with everything resolved: where its source lives, where each target goes
 * ({@code <skill root>/<id>}, duplicates removed) and what the lock last recorded for it.
 */
public record ResolvedSkill(
    SkillSpec spec, RepoLocation location, List<Target> targets, Optional<LockEntry> locked) {

  public ResolvedSkill {
    targets = List.copyOf(targets);
  }

  public String id() {
    return spec.id();
  }

  /**
   * One install location: the agent it was declared for, the full target path and the environment
   * that path is in.
   */
  public record Target(String agent, Path path, TargetEnvironment environment) {
    /** A target on this host. */
    public Target(String agent, Path path) {
      this(agent, path, TargetEnvironment.LOCAL);
    }
  }

  /**
   * True when the lock already pins this exact source: same repo, ref and subpath. Then the locked
   * commit can be reused without asking the network.
   */
  public boolean lockMatches() {
    return locked
        .filter(
            l ->
                l.repo().equals(spec.source().repo())
                    && l.ref().equals(spec.source().ref())
                    && l.subpath().equals(spec.source().subpath())
                    && !l.commit().isEmpty())
        .isPresent();
  }
}
