package dev.edenskills.cli;

import dev.edenskills.common.ExitCode;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code completion}: a shell completion script generated from the command tree. */
@Command(
    name = "completion",
    description = "Print a shell completion script: eval \"$(eden-skills completion bash)\".")
final class CompletionCommand implements Callable<Integer> {
  /** The shells picocli's generator serves; zsh through its bash compatibility layer. */
  enum Shell {
    bash,
    zsh
  }

  private final CliContext ctx;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell;

  CompletionCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    String script = AutoComplete.bash(spec.root().name(), spec.root().commandLine());
    if (shell == Shell.zsh) {
      script =
          "autoload -U +X compinit && compinit\n"
              + "autoload -U +X bashcompinit && bashcompinit\n"
              + script;
    }
    ctx.output().out().print(script);
    return ExitCode.OK.code();
  }
}
