package dev.edenskills.doctor;

import dev.edenskills.adapter.TargetAdapters;
import dev.edenskills.common.Env;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.installs.LockedInstalls;
import dev.edenskills.installs.OwnershipRules;
import dev.edenskills.installs.StaleTemps;
import dev.edenskills.lock.LockEntry;
import dev.edenskills.lock.LockFile;
import dev.edenskills.resolve.ResolvedSkill;
import dev.edenskills.resolve.SkillResolver;
import dev.edenskills.source.SnapshotStore;
import dev.edenskills.source.StoreLayout;
import dev.edenskills.verify.Verifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The doctor checks (CONTRACT §8): compares the config, the lock, the store and every target, and
 * reports findings in a fixed order — per skill in config order, then orphans, then stale temps.
 * Reads only, and offline.
 */
public final class Doctor {
  private final Env env;
  private final TargetAdapters adapters;

  public Doctor(Env env, TargetAdapters adapters) {
    this.env = env;
    this.adapters = adapters;
  }

  /** The findings plus each configured skill's live state (what {@code list} shows). */
  public record Examination(List<SkillHealth> skills, DoctorReport report) {
    public Examination {
      skills = List.copyOf(skills);
    }

    public Optional<SkillHealth> skill(String id) {
      return skills.stream().filter(s -> s.skillId().equals(id)).findFirst();
    }
  }

  /**
   * Everything: skills, orphans and stale temps. Call with the store lock held for temps to be
   * exact.
   */
  public Examination examine(ConfigFile config, LockFile lock) {
    StoreLayout layout = new StoreLayout(config.storeRoot(env));
    List<ResolvedSkill> skills = new SkillResolver(config, env, lock).resolveAll();
    List<Finding> findings = new ArrayList<>();
    OwnershipRules rules = new OwnershipRules(config, env);
    List<SkillHealth> health = examineSkills(skills, layout, rules, findings, true);
    for (LockedInstalls.Orphan o : new LockedInstalls(adapters, rules).findOrphans(config, lock)) {
      String id = o.entry().id();
      findings.add(
          Finding.at(
              FindingCode.ORPHAN_INSTALL,
              id,
              o.target(),
              o.state().describe()
                  + " installed for "
                  + id
                  + ", which is no longer in the config"));
    }
    for (StaleTemps.Stale stale : new StaleTemps(adapters, layout).find(config, skills, lock)) {
      findings.add(
          new Finding(
              FindingCode.STALE_TEMP,
              Optional.empty(),
              Optional.of(stale.path()),
              "temporary entry left by an interrupted run",
              FindingCode.STALE_TEMP.remediation()));
    }
    findings.addAll(RegistryFindings.of(config.config(), lock, layout.root(), env.clock()));
    return new Examination(health, new DoctorReport(findings));
  }

  /** Only the configured skills' target states, without orphans or temps (for {@code list}). */
  public List<SkillHealth> states(ConfigFile config, LockFile lock) {
    StoreLayout layout = new StoreLayout(config.storeRoot(env));
    List<ResolvedSkill> skills = new SkillResolver(config, env, lock).resolveAll();
    // No safety records: list shows no findings, and reading 772 of them was a third of its CPU.
    return examineSkills(skills, layout, new OwnershipRules(config, env), new ArrayList<>(), false);
  }

  private List<SkillHealth> examineSkills(
      List<ResolvedSkill> skills,
      StoreLayout layout,
      OwnershipRules rules,
      List<Finding> findings,
      boolean safety) {
    SnapshotStore snapshots = new SnapshotStore(layout);
    TargetCheck check = new TargetCheck(adapters, rules, new Verifier(layout::boundaryOf));
    List<SkillHealth> health = new ArrayList<>();
    for (ResolvedSkill skill : skills) {
      Optional<String> commit = skill.locked().map(LockEntry::commit).filter(c -> !c.isEmpty());
      List<SkillHealth.Target> targets = new ArrayList<>();
      if (skill.spec().noExecMetadataOnly()) {
        findings.add(
            Finding.skill(
                FindingCode.NO_EXEC_METADATA_ONLY,
                skill.id(),
                "metadata only: synced and scanned, never installed"));
        skill
            .targets()
            .forEach(
                t ->
                    targets.add(
                        new SkillHealth.Target(t.agent(), t.path(), TargetStatus.METADATA_ONLY)));
      } else {
        ExpectedSource expected = ExpectedSource.of(skill, layout, snapshots);
        if (!expected.present()) {
          findings.add(
              new Finding(
                  FindingCode.SOURCE_MISSING,
                  Optional.of(skill.id()),
                  Optional.empty(),
                  expected.missing().get(),
                  expected.fix()));
        }
        for (ResolvedSkill.Target t : skill.targets()) {
          TargetCheck.Result r = check.checkReachable(skill, t, expected);
          findings.addAll(r.findings());
          targets.add(new SkillHealth.Target(t.agent(), t.path(), r.status()));
        }
      }
      if (safety) {
        findings.addAll(SafetyFindings.of(skill.id(), layout));
      }
      health.add(new SkillHealth(skill.id(), commit, targets));
    }
    return health;
  }
}
