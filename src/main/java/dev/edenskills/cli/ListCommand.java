package dev.edenskills.cli;

import dev.edenskills.cli.render.Output;
import dev.edenskills.common.ExitCode;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.config.SkillSpec;
import dev.edenskills.config.TargetResolver;
import dev.edenskills.config.TargetSpec;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code list}: the configured skills and where each target puts them. */
@Command(name = "list", description = "List the configured skills and their targets.")
final class ListCommand implements Callable<Integer> {
  private final CliContext ctx;

  ListCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  /** One skill in {@code --json}. */
  record SkillView(
      String id, String repo, String ref, String subpath, String mode, List<TargetView> targets) {}

  /**
   * One target in {@code --json}: {@code path} is the override as written (or null), {@code
   * target_path} where the skill lands.
   */
  record TargetView(String agent, String scope, String path, String target_path) {}

  @Override
  public Integer call() {
    ConfigFile file = ctx.loadConfig();
    List<SkillView> skills = file.config().skills().stream().map(s -> view(file, s)).toList();
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
      out.line("  source: " + s.repo() + " (ref " + s.ref() + ", subpath " + s.subpath() + ")");
      out.line("  mode:   " + s.mode());
      for (TargetView t : s.targets()) {
        String label = t.agent() + (t.scope().equals("project") ? ":project" : "");
        out.line("  target: " + label + " -> " + t.target_path());
      }
    }
    return ExitCode.OK.code();
  }

  private SkillView view(ConfigFile file, SkillSpec skill) {
    List<TargetView> targets =
        skill.targets().stream().map(t -> targetView(file, skill.id(), t)).toList();
    return new SkillView(
        skill.id(),
        skill.source().repo(),
        skill.source().ref(),
        skill.source().subpath(),
        skill.mode().id(),
        targets);
  }

  private TargetView targetView(ConfigFile file, String id, TargetSpec target) {
    String root = TargetResolver.resolve(target, ctx.env(), file.baseDir()).resolve(id).toString();
    return new TargetView(target.agent(), target.scope().id(), target.path().orElse(null), root);
  }
}
