package dev.edenskills.cli;

import dev.edenskills.cli.render.Output;
import dev.edenskills.common.ExitCode;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.config.SkillRemoval;
import dev.edenskills.config.SkillSpec;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code remove}: drops skills from the config; an unknown id changes nothing. */
@Command(name = "remove", description = "Remove skills from the config.")
final class RemoveCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Parameters(arity = "1..*", paramLabel = "ID", description = "Skills to remove.")
  List<String> ids;

  @Option(names = "--keep-files", description = "Leave installed files at the targets.")
  boolean keepFiles;

  RemoveCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    ConfigFile file = ctx.loadConfig();
    SkillRemoval removal = SkillRemoval.of(file.config(), ids);
    ctx.configStore().save(removal.next());
    List<String> removed = removal.removed().stream().map(SkillSpec::id).toList();
    Output out = ctx.output();
    if (out.isJson()) {
      out.json(new EditResult("removed", removed, file.path().toString()));
    } else {
      removed.forEach(id -> out.info("removed " + id + " from " + file.path()));
    }
    return ExitCode.OK.code();
  }
}
