package dev.edenskills.cli;

import dev.edenskills.cli.render.Output;
import dev.edenskills.common.ExitCode;
import dev.edenskills.discovery.FrontMatter;
import dev.edenskills.discovery.SafeText;
import dev.edenskills.discovery.SkillCheck;
import dev.edenskills.discovery.SkillManifest;
import dev.edenskills.discovery.SkillProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code check PATH...}: validates skill directories against CONTRACT §1 for their authors. Exit 1
 * when any has an error (a validation result, like a failed verification), or, with {@code
 * --strict}, a warning.
 */
@Command(
    name = "check",
    description = "Validate skill directories (SKILL.md front matter) before publishing them.")
public final class CheckCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "A skill directory (or its SKILL.md).")
  List<String> paths = new ArrayList<>();

  private final CliContext context;

  CheckCommand(CliContext context) {
    this.context = context;
  }

  /** One path's outcome in the {@code --json} document; {@code name} is null when invalid. */
  record PathResult(
      String path, boolean ok, String name, List<Issue> problems, List<Issue> warnings) {}

  /** A code and message, as in the text output. */
  record Issue(String code, String message) {}

  /** The {@code --json} document. */
  record Report(List<PathResult> results) {}

  @Override
  public Integer call() {
    Output output = context.output();
    boolean strict = context.global().strict();
    List<PathResult> results = new ArrayList<>();
    for (String raw : paths) {
      Path path = context.env().expand(raw, context.env().cwd());
      SkillCheck.Result r = SkillCheck.check(path);
      String where = SafeText.escape(shown(raw, path, r));
      boolean ok = r.ok() && !(strict && !r.warnings().isEmpty());
      results.add(
          new PathResult(
              raw,
              ok,
              r.manifest().map(SkillManifest::name).orElse(null),
              issues(r.errors()),
              issues(r.warnings())));
      if (!output.isJson()) {
        r.errors().forEach(p -> output.error(p.render("error", where)));
        r.warnings().forEach(p -> output.error(p.render(strict ? "error" : "warning", where)));
        r.manifest().filter(m -> ok).ifPresent(m -> output.line("ok " + m.name()));
      }
    }
    if (output.isJson()) {
      output.json(new Report(results));
    }
    boolean allOk = results.stream().allMatch(PathResult::ok);
    return (allOk ? ExitCode.OK : ExitCode.FAILURE).code();
  }

  /** The file named in messages, spelled from what the user typed. */
  private static String shown(String raw, Path resolved, SkillCheck.Result r) {
    if (r.skillMd().equals(resolved)) {
      return raw;
    }
    String base = raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
    return base + "/" + FrontMatter.FILE_NAME;
  }

  private static List<Issue> issues(List<SkillProblem> problems) {
    return problems.stream().map(p -> new Issue(p.code(), p.message())).toList();
  }
}
