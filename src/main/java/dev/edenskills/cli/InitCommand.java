package dev.edenskills.cli;

import dev.edenskills.cli.render.Output;
import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.ExitCode;
import dev.edenskills.common.Problem;
import dev.edenskills.config.ConfigStore;
import dev.edenskills.config.StarterConfig;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code init}: writes a commented starter config, never over an existing one unless forced. */
@Command(name = "init", description = "Write a commented starter config.")
final class InitCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Option(names = "--force", description = "Overwrite an existing config.")
  boolean force;

  InitCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    ConfigStore store = ctx.configStore();
    if (store.exists() && !force) {
      throw Problem.usage(
          ErrorCode.CONFIG_EXISTS,
          "a config already exists at " + store.path(),
          "pass --force to replace it with the starter config");
    }
    store.saveText(StarterConfig.TEXT);
    Output out = ctx.output();
    if (out.isJson()) {
      out.json(new EditResult("initialized", List.of(), store.path().toString()));
    } else {
      out.info("wrote a starter config to " + store.path());
    }
    return ExitCode.OK.code();
  }
}
