package dev.edenskills.cli;

import dev.edenskills.adapter.TargetAdapters;
import dev.edenskills.cli.render.Output;
import dev.edenskills.common.ExitCode;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.config.RegistrySource;
import dev.edenskills.config.SkillSpec;
import dev.edenskills.config.SourceSpec;
import dev.edenskills.config.TargetResolver;
import dev.edenskills.config.TargetSpec;
import dev.edenskills.doctor.Doctor;
import dev.edenskills.doctor.SkillHealth;
import dev.edenskills.doctor.TargetStatus;
import dev.edenskills.lock.LockEntry;
import dev.edenskills.lock.LockFile;
import dev.edenskills.lock.LockStore;
import dev.edenskills.lock.RegistryPin;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code list}: the configured skills, where each target puts them, the commit the lock records and
 * each target's live state (ok, missing, drifted, unmanaged, metadata-only). Reads only.
 */
@Command(
    name = "list",
    description = "List the configured skills, their locked commits and each target's state.")
final class ListCommand implements Callable<Integer> {
  private final CliContext ctx;

  ListCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  /**
   * One skill in {@code --json}; {@code commit} is the locked commit, null before any apply; {@code
   * branch} the default branch that commit came from (null for a named ref or before any apply). A
   * skill given by name has {@code name} ({@code name@version} once locked, else {@code
   * name@requirement}) and {@code registry}; its repo, ref and subpath are the locked ones.
   */
  record SkillView(
      String id,
      String repo,
      String ref,
      String branch,
      String subpath,
      String mode,
      String commit,
      List<TargetView> targets,
      String name,
      String registry) {}

  /**
   * One target in {@code --json}: {@code path} is the override as written (or null), {@code
   * target_path} where the skill lands, {@code state} what is there now.
   */
  record TargetView(
      String agent, String scope, String path, String target_path, TargetStatus state) {}

  @Override
  public Integer call() {
    ConfigFile file = ctx.loadConfig();
    LockFile lock = LockStore.read(file.lockPath()).lock();
    List<SkillHealth> health =
        new Doctor(ctx.env(), new TargetAdapters(ctx.env())).states(file, lock);
    List<SkillView> skills =
        file.config().skills().stream()
            .map(
                s ->
                    view(
                        file,
                        s,
                        lock.find(s.id()),
                        health.stream().filter(h -> h.skillId().equals(s.id())).findFirst()))
            .toList();
    Output out = ctx.output();
    if (out.isJson()) {
      out.json(skills);
      return ExitCode.OK.code();
    }
    if (skills.isEmpty()) {
      out.info("no skills in " + file.path() + "; add one with 'eden-skills add'");
      return ExitCode.OK.code();
    }
    for (SkillView s : skills) {
      out.line(s.id());
      if (s.name() != null) {
        out.line("  source: " + s.name() + " (registry " + s.registry() + ")");
      }
      if (!s.repo().isEmpty()) {
        String ref =
            SourceSpec.isDefault(s.ref())
                ? SourceSpec.describe(s.ref(), s.branch())
                : "ref " + s.ref();
        out.line(
            (s.name() != null ? "  repo:   " : "  source: ")
                + s.repo()
                + " ("
                + ref
                + ", subpath "
                + s.subpath()
                + ")");
      }
      out.line("  mode:   " + s.mode());
      out.line("  commit: " + (s.commit() == null ? "(not applied)" : s.commit()));
      for (TargetView t : s.targets()) {
        String label = t.agent() + (t.scope().equals("project") ? ":project" : "");
        out.line("  target: " + label + " -> " + t.target_path() + " [" + t.state().id() + "]");
      }
    }
    return ExitCode.OK.code();
  }

  private SkillView view(
      ConfigFile file, SkillSpec skill, Optional<LockEntry> locked, Optional<SkillHealth> health) {
    List<TargetView> targets =
        skill.targets().stream().map(t -> targetView(file, skill.id(), t, health)).toList();
    SourceSpec source = skill.source();
    String name = null;
    String registry = null;
    if (source.registry().isPresent()) {
      RegistrySource wanted = source.registry().get();
      Optional<RegistryPin> pin =
          locked.flatMap(LockEntry::registry).filter(p -> p.name().equals(wanted.name()));
      name = wanted.name() + "@" + pin.map(RegistryPin::version).orElse(wanted.version());
      registry = pin.map(RegistryPin::registry).or(wanted::registry).orElse("(any)");
      if (pin.isPresent()) {
        source = new SourceSpec(locked.get().repo(), locked.get().ref(), locked.get().subpath());
      }
    }
    return new SkillView(
        skill.id(),
        source.repo(),
        source.ref(),
        source.defaultBranch()
            ? locked.map(LockEntry::branch).filter(b -> !b.isEmpty()).orElse(null)
            : null,
        source.subpath(),
        skill.mode().id(),
        health.flatMap(SkillHealth::commit).orElse(null),
        targets,
        name,
        registry);
  }

  private TargetView targetView(
      ConfigFile file, String id, TargetSpec target, Optional<SkillHealth> health) {
    Path path = TargetResolver.resolve(target, ctx.env(), file.baseDir()).resolve(id).normalize();
    TargetStatus state = health.flatMap(h -> h.status(path)).orElse(TargetStatus.MISSING);
    return new TargetView(
        target.agent(), target.scope().id(), target.path().orElse(null), path.toString(), state);
  }
}
