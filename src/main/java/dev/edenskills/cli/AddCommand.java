package dev.edenskills.cli;

import dev.edenskills.cli.render.Output;
import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.ExitCode;
import dev.edenskills.common.Problem;
import dev.edenskills.config.Agent;
import dev.edenskills.config.AgentTable;
import dev.edenskills.config.Config;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.config.InstallMode;
import dev.edenskills.config.SkillSpec;
import dev.edenskills.config.SourceSpec;
import dev.edenskills.config.TargetSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code add}: appends one skill to the config after checking it like the loader would. */
@Command(name = "add", description = "Add a skill to the config.")
final class AddCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Option(names = "--id", required = true, paramLabel = "ID", description = "Skill id.")
  String id;

  @Option(
      names = "--repo",
      required = true,
      paramLabel = "REPO",
      description = "owner/repo, a git URL, or a local directory (./x, /x, ~/x).")
  String repo;

  @Option(
      names = "--ref",
      paramLabel = "REF",
      description = "Branch, tag or commit (default: the remote's default branch).")
  String ref = SourceSpec.DEFAULT_REF;

  @Option(
      names = "--subpath",
      paramLabel = "DIR",
      description = "Directory inside the repo holding SKILL.md (default: .).")
  String subpath = SourceSpec.DEFAULT_SUBPATH;

  @Option(names = "--mode", paramLabel = "MODE", description = "symlink (default) or copy.")
  String mode = InstallMode.SYMLINK.id();

  @Option(
      names = "--target",
      paramLabel = "T",
      completionCandidates = TargetCandidates.class,
      description =
          "<agent>, <agent>:project or custom:<path>; repeatable."
              + " Default: the detected agents, else claude-code.")
  List<String> targets = new ArrayList<>();

  AddCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    ConfigFile file = ctx.loadConfig();
    Config config = file.config();
    if (config.skill(id).isPresent()) {
      throw Problem.usage(
          ErrorCode.DUPLICATE_SKILL_ID,
          "the config already has a skill with id " + id,
          "change it with 'eden-skills set " + id + " ...', or pick another --id");
    }
    InstallMode installMode = SkillEdits.mode(mode);
    List<TargetSpec> chosen =
        targets.isEmpty() ? defaultTargets() : SkillEdits.targets(targets, ctx.env());
    SkillSpec skill =
        SkillSpec.of(
            id, new SourceSpec(repo, ref, SkillEdits.subpath(subpath)), installMode, chosen);
    Config next = config.withSkill(skill);
    SkillEdits.check(next, id, "--id");
    ctx.configStore().save(next);
    Output out = ctx.output();
    if (out.isJson()) {
      out.json(new EditResult("added", List.of(id), file.path().toString()));
    } else {
      out.info("added " + id + " to " + file.path());
    }
    return ExitCode.OK.code();
  }

  /** As {@code install} does (CONTRACT §7): the agents found on this machine, else Claude Code. */
  private List<TargetSpec> defaultTargets() {
    List<TargetSpec> found =
        AgentTable.builtin().all().stream()
            .filter(a -> a.detected(ctx.env()))
            .map(Agent::id)
            .map(TargetSpec::agent)
            .toList();
    return found.isEmpty() ? List.of(TargetSpec.agent("claude-code")) : found;
  }
}
