package dev.edenskills.doctor;

import dev.edenskills.adapter.Ownership;
import dev.edenskills.adapter.TargetAdapter;
import dev.edenskills.adapter.TargetState;
import dev.edenskills.apply.ResolvedSkill;
import dev.edenskills.config.InstallMode;
import dev.edenskills.plan.Desired;
import dev.edenskills.plan.Drift;
import dev.edenskills.verify.SkillLinks;
import dev.edenskills.verify.Verifier;
import dev.edenskills.verify.VerifyResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks one target of a configured skill: the planner's drift rules ({@link Drift#find}), then the
 * skill's verify checks when nothing drifted.
 *
 * <p>A symlink at a target path the lock records for this skill is the tool's own install even when
 * it now points outside the store: someone re-pointed or broke it, and replacing a link loses no
 * content. Anything else the tool did not make stays {@code UNMANAGED_TARGET}.
 */
final class TargetCheck {
  private final TargetAdapter adapter;
  private final Verifier verifier;
  private final Path storeRoot;

  TargetCheck(TargetAdapter adapter, Verifier verifier, Path storeRoot) {
    this.adapter = adapter;
    this.verifier = verifier;
    this.storeRoot = storeRoot;
  }

  /** What was found at one target: its status and the findings behind it. */
  record Result(TargetStatus status, List<Finding> findings) {}

  Result check(ResolvedSkill skill, ResolvedSkill.Target target, ExpectedSource expected) {
    Path path = target.path();
    TargetState observed = observe(path, expected.dir(), claimed(skill, path));
    InstallMode mode = skill.spec().mode();
    Desired desired = new Desired(skill.id(), expected.dir(), path, mode, expected.contentHash());
    // The source is judged once per skill (SOURCE_MISSING), not once per target.
    List<Drift> drifts = new ArrayList<>(Drift.find(desired, observed, true));
    if (drifts.contains(Drift.BROKEN_SYMLINK)) {
      drifts.remove(Drift.TARGET_MISMATCH);
    }
    List<Finding> findings = new ArrayList<>();
    for (Drift d : drifts) {
      findings.add(Finding.at(FindingCode.of(d), skill.id(), path, message(d, observed, desired)));
    }
    if (installedHere(drifts)) {
      // A dangling link inside the skill (its SKILL.md or any other file): the agent reads through
      // it, so the skill is broken even though the target itself looks right (issue 15).
      for (SkillLinks.Dangling d : SkillLinks.dangling(path)) {
        findings.add(
            Finding.at(
                FindingCode.BROKEN_SYMLINK,
                skill.id(),
                path,
                "link "
                    + d.relative()
                    + " inside the skill points to "
                    + d.linkText()
                    + ", which does not exist"));
      }
    }
    if (drifts.isEmpty() && findings.isEmpty() && expected.present()) {
      VerifyResult v = verifier.verify(skill.id(), path, expected.dir(), skill.spec().verify());
      if (!v.passed()) {
        findings.add(
            Finding.at(
                FindingCode.VERIFY_FAILED,
                skill.id(),
                path,
                v.failures().stream()
                    .map(f -> f.check() + ": " + f.message())
                    .collect(Collectors.joining("; "))));
      }
    }
    return new Result(status(drifts, findings), findings);
  }

  /** True when what is at the target is this skill's install, whatever its content. */
  private static boolean installedHere(List<Drift> drifts) {
    return !drifts.contains(Drift.TARGET_MISSING)
        && !drifts.contains(Drift.BROKEN_SYMLINK)
        && !drifts.contains(Drift.TARGET_MISMATCH)
        && !drifts.contains(Drift.UNMANAGED_TARGET);
  }

  /** What is at {@code path}, with a symlink the lock claims for this skill counted as owned. */
  TargetState observe(Path path, Path source, boolean claimed) {
    TargetState state = adapter.inspect(path, Ownership.of(storeRoot, source));
    if (claimed && state instanceof TargetState.Symlink s && !s.owned()) {
      return new TargetState.Symlink(s.pointsTo(), true, s.resolves());
    }
    return state;
  }

  /** True when the lock records {@code path} as one of this skill's installed targets. */
  static boolean claimed(ResolvedSkill skill, Path path) {
    String p = path.toAbsolutePath().normalize().toString();
    return skill.locked().stream()
        .flatMap(l -> l.targets().stream())
        .anyMatch(t -> Path.of(t.path()).toAbsolutePath().normalize().toString().equals(p));
  }

  private static TargetStatus status(List<Drift> drifts, List<Finding> findings) {
    if (drifts.contains(Drift.TARGET_MISSING)) {
      return TargetStatus.MISSING;
    }
    if (drifts.contains(Drift.UNMANAGED_TARGET)) {
      return TargetStatus.UNMANAGED;
    }
    return findings.isEmpty() ? TargetStatus.OK : TargetStatus.DRIFTED;
  }

  private static String message(Drift drift, TargetState observed, Desired desired) {
    return switch (drift) {
      case TARGET_MISSING -> "nothing is installed here";
      case BROKEN_SYMLINK ->
          observed instanceof TargetState.Symlink s
              ? "symlink points to " + s.pointsTo() + ", which does not exist"
              : "broken symlink";
      case TARGET_MISMATCH -> mismatch(observed, desired);
      case CONTENT_DRIFT ->
          observed instanceof TargetState.ManagedCopy c && c.edited()
              ? "copy was edited by hand (content hash "
                  + shortHash(c.currentHash())
                  + ", installed "
                  + shortHash(c.recordedHash().orElse(""))
                  + ")"
              : "copy differs from the locked content";
      case UNMANAGED_TARGET -> observed.describe() + " not managed by eden-skills is in the way";
      case SOURCE_MISSING -> "source " + desired.source() + " is missing";
    };
  }

  private static String mismatch(TargetState observed, Desired desired) {
    return switch (observed) {
      case TargetState.Symlink s when desired.mode() == InstallMode.SYMLINK ->
          "symlink points to " + s.pointsTo() + ", expected " + desired.source();
      case TargetState.Symlink s -> "installed as a symlink, the config asks for a copy";
      case TargetState.ManagedCopy c -> "installed as a copy, the config asks for a symlink";
      default -> "installed differently from the config";
    };
  }

  static String shortHash(String hash) {
    String h = hash.startsWith("sha256:") ? hash.substring(7) : hash;
    return h.length() > 12 ? h.substring(0, 12) : h;
  }
}
