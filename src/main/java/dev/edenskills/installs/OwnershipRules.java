package dev.edenskills.installs;

import dev.edenskills.adapter.Ownership;
import dev.edenskills.common.Env;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.lock.LockEntry;
import dev.edenskills.resolve.ResolvedSkill;
import dev.edenskills.source.RepoLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one ownership rule, used by apply, plan, doctor, repair and remove: the tool owns a copy that
 * carries its marker, a symlink into the store, a symlink to a local-directory source the config or
 * the lock names for the skill, and — at a path the lock records for a configured skill, where the
 * tool is about to put that skill back — any symlink (re-pointed or broken by hand; replacing a
 * link loses no content).
 */
public final class OwnershipRules {
  private final ConfigFile config;
  private final Env env;
  private final Path storeRoot;

  /**
   * {@link #localSource} by repo and subpath: parsing a repo (and hashing its key) for every target
   * of every skill was a tenth of doctor's CPU over 772 skills in 4 repos. Config and env are fixed
   * for this object's life, so the answer cannot change.
   */
  private final Map<List<String>, Optional<Path>> localSources = new ConcurrentHashMap<>();

  public OwnershipRules(ConfigFile config, Env env) {
    this.config = config;
    this.env = env;
    this.storeRoot = config.storeRoot(env);
  }

  /** At {@code target} of a configured {@code skill}, which should hold {@code source}. */
  public Ownership forTarget(ResolvedSkill skill, Path source, Path target) {
    List<Path> sources = new ArrayList<>();
    sources.add(source);
    skill.locked().flatMap(this::localSource).ifPresent(sources::add);
    return new Ownership(storeRoot, sources, claimed(skill, target));
  }

  /** At a target the lock records for {@code entry} (an orphan, or a skill being removed). */
  public Ownership forLocked(LockEntry entry) {
    return new Ownership(storeRoot, localSource(entry).stream().toList(), false);
  }

  /** True when the lock records {@code path} as one of {@code skill}'s installed targets. */
  public static boolean claimed(ResolvedSkill skill, Path path) {
    Path p = path.toAbsolutePath().normalize();
    return skill.locked().stream()
        .flatMap(l -> l.targets().stream())
        .anyMatch(t -> Path.of(t.path()).toAbsolutePath().normalize().equals(p));
  }

  /** The local directory a locked skill was installed from; empty for a remote one. */
  private Optional<Path> localSource(LockEntry entry) {
    return localSources.computeIfAbsent(
        List.of(entry.repo(), entry.subpath()), k -> parseLocalSource(entry));
  }

  private Optional<Path> parseLocalSource(LockEntry entry) {
    try {
      if (RepoLocation.parse(entry.repo(), env, config.baseDir())
          instanceof RepoLocation.Local local) {
        return Optional.of(local.dir().resolve(entry.subpath()).normalize());
      }
    } catch (IllegalArgumentException e) {
      // a repo this build cannot parse: only links into the store count as ours
    }
    return Optional.empty();
  }
}
