package dev.edenskills.cli;

import dev.edenskills.cli.render.Output;
import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.ExitCode;
import dev.edenskills.common.Problem;
import dev.edenskills.config.Config;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.config.InstallMode;
import dev.edenskills.config.SkillSpec;
import dev.edenskills.config.SourceSpec;
import dev.edenskills.config.TargetSpec;
import dev.edenskills.config.VerifySpec;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code set}: changes fields of one configured skill; what is not given stays as it was. */
@Command(name = "set", description = "Change a configured skill.")
final class SetCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Parameters(index = "0", paramLabel = "ID", description = "The skill to change.")
  String id;

  @Option(names = "--repo", paramLabel = "REPO", description = "New source repository.")
  Optional<String> repo = Optional.empty();

  @Option(names = "--ref", paramLabel = "REF", description = "New branch, tag or commit.")
  Optional<String> ref = Optional.empty();

  @Option(names = "--subpath", paramLabel = "DIR", description = "New directory inside the repo.")
  Optional<String> subpath = Optional.empty();

  @Option(names = "--mode", paramLabel = "MODE", description = "symlink or copy.")
  Optional<String> mode = Optional.empty();

  @Option(
      names = "--target",
      paramLabel = "T",
      completionCandidates = TargetCandidates.class,
      description = "Replaces all targets: <agent>, <agent>:project or custom:<path>; repeatable.")
  List<String> targets = List.of();

  SetCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    if (repo.isEmpty()
        && ref.isEmpty()
        && subpath.isEmpty()
        && mode.isEmpty()
        && targets.isEmpty()) {
      throw Problem.usage(
          ErrorCode.NOTHING_TO_SET,
          "set " + id + ": no change given",
          "pass at least one of --repo, --ref, --subpath, --mode, --target");
    }
    ConfigFile file = ctx.loadConfig();
    Config config = file.config();
    SkillSpec old =
        config
            .skill(id)
            .orElseThrow(
                () ->
                    Problem.usage(
                        ErrorCode.UNKNOWN_SKILL,
                        "no skill with id " + id + " in " + file.path(),
                        "add it with 'eden-skills add --id " + id + " --repo ...'"));
    SkillSpec next = changed(old);
    Config updated = config.withSkill(next);
    SkillEdits.check(updated, id, "ID");
    ctx.configStore().save(updated);
    Output out = ctx.output();
    if (out.isJson()) {
      out.json(
          new EditResult(
              old.equals(next) ? "unchanged" : "updated", List.of(id), file.path().toString()));
    } else {
      out.info((old.equals(next) ? "unchanged: " : "updated ") + id + " in " + file.path());
    }
    return ExitCode.OK.code();
  }

  private SkillSpec changed(SkillSpec old) {
    SourceSpec source =
        new SourceSpec(
            repo.orElse(old.source().repo()),
            ref.orElse(old.source().ref()),
            subpath.map(SkillEdits::subpath).orElse(old.source().subpath()));
    InstallMode newMode = mode.map(SkillEdits::mode).orElse(old.mode());
    // Default checks follow the mode; checks the user chose stay as they are.
    VerifySpec verify =
        old.verify().isDefaultFor(old.mode()) ? VerifySpec.defaultFor(newMode) : old.verify();
    List<TargetSpec> newTargets =
        targets.isEmpty() ? old.targets() : SkillEdits.targets(targets, ctx.env());
    return new SkillSpec(old.id(), source, newMode, newTargets, verify, old.noExecMetadataOnly());
  }
}
