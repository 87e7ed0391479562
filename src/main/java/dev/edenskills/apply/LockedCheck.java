package dev.edenskills.apply;

import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import dev.edenskills.config.SourceSpec;
import dev.edenskills.lock.LockEntry;
import dev.edenskills.lock.LockRead;
import dev.edenskills.resolve.ResolvedSkill;
import dev.edenskills.source.RepoLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code apply --locked} (CONTRACT §12) refuses to start unless the lock pins every skill of the
 * config with the same source: CI must install what was reviewed, never resolve a ref anew.
 */
final class LockedCheck {
  private static final int SHOWN = 5;

  private LockedCheck() {}

  /**
   * @throws Problem {@code LOCK_MISMATCH} (exit 3) naming the first mismatches, before anything is
   *     written
   */
  static void check(LockRead read, List<ResolvedSkill> skills) {
    if (!(read instanceof LockRead.Found) && !skills.isEmpty()) {
      String why =
          switch (read) {
            case LockRead.Missing m -> m.reason();
            case LockRead.Unusable u -> u.reason();
            case LockRead.Found f -> "";
          };
      throw mismatch(why, "run 'eden-skills apply' once and commit skills.lock");
    }
    List<String> problems = new ArrayList<>();
    for (ResolvedSkill skill : skills) {
      problem(skill).ifPresent(problems::add);
    }
    if (!problems.isEmpty()) {
      String shown = String.join("; ", problems.subList(0, Math.min(SHOWN, problems.size())));
      String more = problems.size() > SHOWN ? " (and " + (problems.size() - SHOWN) + " more)" : "";
      throw mismatch(
          "skills.lock does not pin the config: " + shown + more,
          "run 'eden-skills apply' (or 'update') to refresh the lock, then commit it");
    }
  }

  private static java.util.Optional<String> problem(ResolvedSkill skill) {
    if (skill.locked().isEmpty()) {
      return java.util.Optional.of(skill.id() + " is not in the lock");
    }
    LockEntry l = skill.locked().get();
    SourceSpec s = skill.spec().source();
    List<String> differs = new ArrayList<>();
    if (!l.repo().equals(s.repo())) {
      differs.add("repo");
    }
    if (!l.ref().equals(s.ref())) {
      differs.add("ref");
    }
    if (!l.subpath().equals(s.subpath())) {
      differs.add("subpath");
    }
    if (!differs.isEmpty()) {
      return java.util.Optional.of(
          skill.id() + " has another " + String.join("/", differs) + " in the lock");
    }
    if (skill.location() instanceof RepoLocation.Remote && l.commit().isEmpty()) {
      return java.util.Optional.of(skill.id() + " has no commit in the lock");
    }
    return java.util.Optional.empty();
  }

  private static Problem mismatch(String message, String hint) {
    return new Problem(ErrorCode.LOCK_MISMATCH, message, hint);
  }
}
