package dev.edenskills.cli;

import dev.edenskills.adapter.TargetAdapters;
import dev.edenskills.cli.render.Output;
import dev.edenskills.common.ExitCode;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.maintain.CleanEntry;
import dev.edenskills.maintain.CleanResult;
import dev.edenskills.maintain.StoreCleaner;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code clean}: free the store of what nothing uses; never touches targets. */
@Command(
    name = "clean",
    description =
        "Delete store repositories and snapshots no config or lock entry uses, and stale temp"
            + " entries; report what and how many bytes.")
final class CleanCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Option(names = "--dry-run", description = "List what would be deleted; delete nothing.")
  boolean dryRun;

  CleanCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  /** The {@code --json} document. */
  record Document(
      boolean dryRun, List<EntryView> entries, int count, long bytes, List<String> failures) {}

  /** One entry in {@code --json}. */
  record EntryView(CleanEntry.Kind kind, String path, long bytes) {}

  @Override
  public Integer call() throws InterruptedException {
    ConfigFile config = ctx.loadConfig();
    Output out = ctx.output();
    CleanResult result =
        new StoreCleaner(ctx.env(), new TargetAdapters(ctx.env())).clean(config, dryRun, out::warn);
    if (out.isJson()) {
      out.json(
          new Document(
              result.dryRun(),
              result.entries().stream()
                  .map(e -> new EntryView(e.kind(), e.path().toString(), e.bytes()))
                  .toList(),
              result.entries().size(),
              result.bytes(),
              result.failures()));
    } else {
      String verb = result.dryRun() ? "would delete" : "deleted";
      for (CleanEntry e : result.entries()) {
        out.line("%s %-8s %s (%s)".formatted(verb, e.kind().id(), e.path(), human(e.bytes())));
      }
      out.line(
          result.dryRun()
              ? "clean: would delete %d entr%s, %s"
                  .formatted(
                      result.entries().size(),
                      result.entries().size() == 1 ? "y" : "ies",
                      human(result.bytes()))
              : "clean: deleted %d entr%s, freed %s"
                  .formatted(
                      result.entries().size(),
                      result.entries().size() == 1 ? "y" : "ies",
                      human(result.bytes())));
    }
    result.failures().forEach(f -> out.error(out.paint("31", "failed") + " " + f));
    return (result.failures().isEmpty() ? ExitCode.OK : ExitCode.FAILURE).code();
  }

  static String human(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    double v = bytes;
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }
}
