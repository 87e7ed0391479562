package dev.edenskills.cli;

import dev.edenskills.adapter.TargetAdapters;
import dev.edenskills.cli.render.Output;
import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.ExitCode;
import dev.edenskills.common.Problem;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.config.SkillRemoval;
import dev.edenskills.config.SkillSpec;
import dev.edenskills.maintain.Uninstaller;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code remove}: drops skills from the config, then uninstalls what the tool installed for them
 * (per the lock) and updates the lock. An unknown id changes nothing. With no ids, a terminal user
 * picks from the config and confirms (unless {@code -y}); off a terminal that is a usage error, so
 * a script never removes by accident.
 */
@Command(name = "remove", description = "Remove skills from the config and uninstall them.")
final class RemoveCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Parameters(
      arity = "0..*",
      paramLabel = "ID",
      description = "Skills to remove; none: choose from a list (on a terminal).")
  List<String> ids = new ArrayList<>();

  @Option(
      names = {"-y", "--yes"},
      description = "Do not ask for confirmation on a terminal.")
  boolean yes;

  @Option(names = "--keep-files", description = "Leave installed files at the targets.")
  boolean keepFiles;

  RemoveCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  /** The {@code --json} document: the config edit plus what happened at the targets. */
  record Document(
      String action,
      List<String> ids,
      String config,
      List<String> uninstalled,
      List<String> left,
      List<String> failures) {}

  @Override
  public Integer call() throws InterruptedException {
    ConfigFile file = ctx.loadConfig();
    Output out = ctx.output();
    List<String> chosen = ids;
    if (ids.isEmpty()) {
      if (!ctx.env().interactive()) {
        throw Problem.usage(
            ErrorCode.USAGE,
            "remove needs the ids of the skills to remove",
            "name them (eden-skills remove ID...); 'eden-skills list' shows them");
      }
      if (file.config().skills().isEmpty()) {
        out.info("no skills in " + file.path() + "; nothing to remove");
        return ExitCode.OK.code();
      }
      RemovePicker picker = new RemovePicker(ctx.input(), out.err());
      chosen = picker.pick(file.config().skills());
      if (chosen.isEmpty()) {
        out.info("no skill chosen; nothing removed");
        return ExitCode.OK.code();
      }
      if (!yes && !picker.confirm(chosen)) {
        out.info("cancelled; nothing removed");
        return ExitCode.OK.code();
      }
    }
    // Throws for any unknown id before anything is written.
    SkillRemoval removal = SkillRemoval.of(file.config(), chosen);
    ctx.configStore().save(removal.next());
    List<String> removed = removal.removed().stream().map(SkillSpec::id).toList();
    // The config goes first: if uninstalling fails, the lock still lists the skills and the next
    // apply removes them as orphans.
    Uninstaller.Removal done =
        new Uninstaller(ctx.env(), new TargetAdapters(ctx.env()))
            .remove(file, removed, keepFiles, out::warn);
    if (out.isJson()) {
      out.json(
          new Document(
              "removed",
              removed,
              file.path().toString(),
              strings(done.uninstalled()),
              strings(done.left()),
              done.failures()));
    } else {
      removed.forEach(id -> out.info("removed " + id + " from " + file.path()));
      done.uninstalled().forEach(p -> out.info("uninstalled " + p));
    }
    done.left()
        .forEach(p -> out.warn("left " + p + ": not installed by eden-skills, so not removed"));
    done.failures().forEach(f -> out.error(out.paint("31", "failed") + " " + f));
    return (done.failures().isEmpty() ? ExitCode.OK : ExitCode.FAILURE).code();
  }

  private static List<String> strings(List<Path> paths) {
    return paths.stream().map(Path::toString).toList();
  }
}
