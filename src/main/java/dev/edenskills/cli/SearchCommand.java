package dev.edenskills.cli;

import dev.edenskills.cli.render.Output;
import dev.edenskills.common.ExitCode;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.registry.RegistryCache;
import dev.edenskills.registry.RegistrySearch;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code search <words>}: skills in the synced registries whose name or description match. */
@Command(
    name = "search",
    description =
        "Search the synced registries (offline) for skills whose name or description contain"
            + " every word.")
final class SearchCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Parameters(arity = "0..*", paramLabel = "WORD", description = "Words to look for (none: all).")
  List<String> words = List.of();

  SearchCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    ConfigFile config = ctx.loadConfig();
    Output out = ctx.output();
    List<RegistrySearch.Hit> hits =
        new RegistrySearch(config.config(), RegistryCache.in(config.storeRoot(ctx.env())))
            .search(words, out::warn);
    if (out.isJson()) {
      out.json(hits);
      return ExitCode.OK.code();
    }
    if (hits.isEmpty()) {
      out.info("no skill matches " + String.join(" ", words));
      return ExitCode.OK.code();
    }
    TextTable table = new TextTable("NAME", "VERSION", "REGISTRY", "DESCRIPTION");
    for (RegistrySearch.Hit h : hits) {
      table.row(h.name(), h.latest().isEmpty() ? "-" : h.latest(), h.registry(), h.description());
    }
    table.lines().forEach(out::line);
    return ExitCode.OK.code();
  }
}
