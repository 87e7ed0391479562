package dev.edenskills.apply;

import dev.edenskills.config.SourceSpec;
import dev.edenskills.lock.LockEntry;
import dev.edenskills.lock.LockFile;
import dev.edenskills.lock.LockTarget;
import dev.edenskills.lock.RegistryPin;
import dev.edenskills.resolve.ResolvedSkill;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lock after a run: fresh entries for the skills installed now, the previous entry kept for
 * skills that failed (their old install is still in place), orphans dropped.
 */
final class LockUpdate {
  private LockUpdate() {}

  static LockFile next(
      LockFile old,
      List<ResolvedSkill> skills,
      Map<String, SyncOutcome> outcomes,
      Map<String, String> branches,
      Map<String, SkillInstall> installs,
      Orphans.Removed removed,
      Clock clock) {
    // One map, not LockFile.with per skill: that copied the whole lock 772 times.
    Map<String, LockEntry> next = new LinkedHashMap<>();
    old.skills().forEach(e -> next.putIfAbsent(e.id(), e));
    // Orphans whose targets could not be removed keep their entry, so the next run tries again.
    for (String id : removed.ids()) {
      next.remove(id);
    }
    String now = DateTimeFormatter.ISO_INSTANT.format(clock.instant());
    for (ResolvedSkill skill : skills) {
      SyncOutcome outcome = outcomes.get(skill.id());
      SkillInstall install = installs.get(skill.id());
      if (outcome == null || outcome instanceof SyncOutcome.Failed || install == null) {
        continue;
      }
      String branch = branches.getOrDefault(skill.id(), "");
      Optional<LockEntry> entry = entryFor(skill, outcome, branch, install, now);
      entry.ifPresent(e -> next.put(e.id(), e));
    }
    return new LockFile(List.copyOf(next.values())).normalized();
  }

  private static Optional<LockEntry> entryFor(
      ResolvedSkill skill, SyncOutcome outcome, String branch, SkillInstall install, String now) {
    if (install.error().isPresent()) {
      return Optional.empty();
    }
    List<LockTarget> targets =
        install.targets().stream()
            .filter(TargetOutcome::installed)
            .map(t -> new LockTarget(t.agent(), t.entry().targetPath(), t.environment()))
            .toList();
    if (targets.isEmpty() && !install.noExec() && !install.targets().isEmpty()) {
      return Optional.empty();
    }
    SourceSpec source = skill.spec().source();
    String hash = install.contentHash().orElse("");
    // Re-applying an unchanged install keeps its timestamp, so an idle apply rewrites nothing.
    String installedAt =
        skill
            .locked()
            .filter(l -> l.commit().equals(outcome.commit()) && l.contentHash().equals(hash))
            .map(LockEntry::installedAt)
            .orElse(now);
    return Optional.of(
        new LockEntry(
            skill.id(),
            source.repo(),
            source.ref(),
            source.defaultBranch() ? branch : "",
            source.subpath(),
            outcome.commit(),
            skill.spec().mode().id(),
            hash,
            installedAt,
            targets,
            source
                .registry()
                .map(r -> new RegistryPin(r.registry().orElse(""), r.name(), r.version()))));
  }
}
