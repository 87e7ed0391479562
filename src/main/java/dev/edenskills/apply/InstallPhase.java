package dev.edenskills.apply;

import dev.edenskills.adapter.InstallRequest;
import dev.edenskills.adapter.Ownership;
import dev.edenskills.adapter.TargetAdapter;
import dev.edenskills.adapter.TargetAdapters;
import dev.edenskills.adapter.TargetState;
import dev.edenskills.adapter.TreeHash;
import dev.edenskills.common.Problem;
import dev.edenskills.config.InstallMode;
import dev.edenskills.installs.OwnershipRules;
import dev.edenskills.plan.Action;
import dev.edenskills.plan.Desired;
import dev.edenskills.plan.PlanEntry;
import dev.edenskills.plan.Planner;
import dev.edenskills.reactor.ProgressEvent;
import dev.edenskills.reactor.ProgressListener;
import dev.edenskills.resolve.ResolvedSkill;
import dev.edenskills.source.StoreLayout;
import dev.edenskills.verify.Verifier;
import dev.edenskills.verify.VerifyResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Phase B for one skill: plan each target, carry out create/update through the {@link
 * TargetAdapter}, verify. Runs on the reactor's serial Phase B, so no two mutations of one path
 * ever overlap (ARC-003).
 */
public final class InstallPhase {
  private final TargetAdapters adapters;
  private final OwnershipRules rules;
  private final Verifier verifier;
  private final Path storeRoot;
  private final ApplyOptions options;
  private final ProgressListener listener;
  private final Clock clock;

  public InstallPhase(
      TargetAdapters adapters,
      OwnershipRules rules,
      Verifier verifier,
      Path storeRoot,
      ApplyOptions options,
      ProgressListener listener,
      Clock clock) {
    this.adapters = adapters;
    this.rules = rules;
    this.verifier = verifier;
    this.storeRoot = storeRoot;
    this.options = options;
    this.listener = ProgressListener.guarded(listener);
    this.clock = clock;
  }

  /** Installs {@code skill} from {@code source}; {@code knownHash} is reused when still valid. */
  public SkillInstall install(ResolvedSkill skill, Path source, Optional<String> knownHash)
      throws IOException {
    Path boundary = new StoreLayout(storeRoot).boundaryOf(source);
    Optional<String> hash =
        knownHash.isPresent() ? knownHash : Optional.of(TreeHash.of(source, boundary));
    List<TargetOutcome> outcomes = new ArrayList<>();
    for (ResolvedSkill.Target target : skill.targets()) {
      TargetAdapter adapter = adapters.of(target.environment());
      Ownership owns = rules.forTarget(skill, source, target.path());
      InstallMode mode;
      TargetState observed;
      try {
        mode = adapter.effectiveMode(target.path(), source, skill.spec().mode());
        observed = adapter.inspect(target.path(), owns);
      } catch (Problem e) {
        // A target that cannot even be looked at (its container is gone): this target fails,
        // the skill's other targets still install.
        outcomes.add(unreachable(skill, target, source, e));
        continue;
      }
      Desired desired = new Desired(skill.id(), source, target.path(), mode, hash);
      PlanEntry entry = Planner.plan(desired, observed, options.force());
      listener.on(
          new ProgressEvent.PhaseBAction(
              clock.instant(), skill.id(), target.path().toString(), entry.action().id()));
      Optional<StepError> error = Optional.empty();
      if (entry.action().mutates()) {
        try {
          adapter.install(
              new InstallRequest(
                  skill.id(),
                  source,
                  boundary,
                  target.path(),
                  mode,
                  storeRoot,
                  owns,
                  options.createDirs()),
              options.force());
        } catch (RuntimeException e) {
          error = Optional.of(StepError.of(e));
        }
      }
      Optional<VerifyResult> verify = Optional.empty();
      boolean installedHere = entry.action() != Action.CONFLICT && error.isEmpty();
      if (installedHere && skill.spec().verify().enabled()) {
        verify =
            Optional.of(
                verifier.verify(
                    adapter,
                    skill.id(),
                    target.path(),
                    source,
                    skill.spec().verify().forMode(skill.spec().mode(), mode)));
      }
      outcomes.add(new TargetOutcome(target.agent(), target.environment(), entry, error, verify));
    }
    return SkillInstall.of(skill.id(), outcomes, hash.orElseThrow());
  }

  private static TargetOutcome unreachable(
      ResolvedSkill skill, ResolvedSkill.Target target, Path source, Problem e) {
    PlanEntry entry =
        new PlanEntry(
            skill.id(),
            source.toString(),
            target.path().toString(),
            skill.spec().mode().id(),
            Action.CREATE,
            List.of("target could not be inspected"));
    return new TargetOutcome(
        target.agent(),
        target.environment(),
        entry,
        Optional.of(StepError.of(e)),
        Optional.empty());
  }
}
