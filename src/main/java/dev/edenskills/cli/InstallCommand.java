package dev.edenskills.cli;

import dev.edenskills.apply.ApplyOptions;
import dev.edenskills.apply.Prefetch;
import dev.edenskills.apply.Prefetched;
import dev.edenskills.cli.render.Output;
import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.ExitCode;
import dev.edenskills.common.Problem;
import dev.edenskills.config.Config;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.config.ConfigStore;
import dev.edenskills.discovery.DiscoveredSkill;
import dev.edenskills.discovery.SafeText;
import dev.edenskills.discovery.SkillPicker;
import dev.edenskills.install.InstallEntries;
import dev.edenskills.install.InstallSource;
import dev.edenskills.install.InstallTargets;
import dev.edenskills.install.SkillChoice;
import dev.edenskills.install.SourceScan;
import dev.edenskills.source.RepoLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code install <source>} (CONTRACT §7): fetch the source once into the store, discover its
 * skills, choose some, upsert them into skills.toml, then apply just those, reusing the fetch.
 */
@Command(
    name = "install",
    description = {
      "Find the skills in a repository or directory, add them to the config and install them.",
      "Put SOURCE first: --skill and --target take every value that follows them."
    })
final class InstallCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Parameters(
      index = "0",
      paramLabel = "SOURCE",
      description =
          "owner/repo, a git URL (https, ssh, git@host:path, file://), a GitHub"
              + " .../tree/<ref>/<dir> URL, or a local directory (./x, /x, ~/x).")
  String source;

  @Option(
      names = {"-s", "--skill"},
      arity = "1..*",
      paramLabel = "NAME",
      description = "Install only these skills (front-matter names); repeatable.")
  List<String> skills = new ArrayList<>();

  @Option(names = "--all", description = "Install every skill found, without asking.")
  boolean all;

  @Option(names = "--list", description = "Show the skills found (name, description, path) only.")
  boolean list;

  @Option(
      names = {"-t", "--target"},
      arity = "1..*",
      paramLabel = "T",
      completionCandidates = TargetCandidates.class,
      description =
          "<agent>, <agent>:project or custom:<path>. Default: the detected agents, else"
              + " claude-code.")
  List<String> targets = new ArrayList<>();

  @Option(names = "--copy", description = "Copy the skills instead of symlinking them.")
  boolean copy;

  @Option(
      names = "--ref",
      paramLabel = "REF",
      description = "Branch, tag or commit (default: the tree URL's, else the default branch).")
  String ref;

  @Option(
      names = "--version",
      paramLabel = "REQ",
      description =
          "For a registry name: the SemVer requirement, e.g. '^1.2' (default: any; also"
              + " NAME@REQ).")
  String version;

  @Option(
      names = "--registry",
      paramLabel = "R",
      description = "For a registry name: look only in this registry of [registries].")
  String registry;

  @Option(
      names = "--id",
      paramLabel = "ID",
      description = "Install the one chosen skill under this id instead of its name.")
  String id;

  @Option(
      names = {"-f", "--force"},
      description = "Replace content at the targets that eden-skills did not install.")
  boolean force;

  @Option(
      names = "--dry-run",
      description =
          "Show what would be written and installed; write nothing (the source is still fetched"
              + " into the store).")
  boolean dryRun;

  @Option(
      names = {"-y", "--yes"},
      description = "Do not ask for confirmation on a terminal.")
  boolean yes;

  InstallCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (all && !skills.isEmpty()) {
      throw Problem.usage(
          ErrorCode.USAGE, "--all and --skill contradict each other", "use one of them, not both");
    }
    if (RegistryInstall.wanted(ctx, source, version, registry)) {
      return new RegistryInstall(ctx)
          .run(
              source,
              new RegistryInstall.Flags(
                  Optional.ofNullable(version),
                  Optional.ofNullable(registry),
                  targets,
                  copy,
                  list,
                  dryRun));
    }
    Output out = ctx.output();
    InstallView view = new InstallView(out, ctx.env(), ctx.global().verbose());
    InstallSource src = InstallSource.parse(source, Optional.ofNullable(ref), ctx.env());
    ConfigFile config = config();
    InstallTargets chosenTargets = InstallTargets.choose(targets, ctx.env());

    List<Prefetched> fetched = new ArrayList<>();
    Path root = fetch(src, config, fetched, out);
    SourceScan scan =
        SourceScan.of(
            src,
            root,
            fetched.stream().map(Prefetched::snapshot).findFirst(),
            ctx.global().strict());
    view.warnings(scan.warnings());
    InstallView.Source shown =
        InstallView.Source.of(src, fetched.stream().map(Prefetched::commit).findFirst().orElse(""));
    if (scan.skills().isEmpty()) {
      throw nothingFound(src, scan);
    }
    if (list) {
      view.deviations(scan.skills());
      view.list(shown, scan.skills(), scan.warnings());
      return ExitCode.OK.code();
    }

    boolean interactive = ctx.env().interactive();
    Optional<SkillPicker> picker = interactive ? Optional.of(ctx.skillPicker()) : Optional.empty();
    List<DiscoveredSkill> chosen = SkillChoice.choose(scan.skills(), skills, all, picker);
    if (chosen.isEmpty()) {
      out.info(SkillChoice.nothingChosen(scan.skills()));
      return ExitCode.OK.code();
    }
    view.deviations(chosen);
    if (id != null && chosen.size() != 1) {
      throw Problem.usage(
          ErrorCode.USAGE,
          "--id names one skill, but " + chosen.size() + " were chosen",
          "pick the skill with --skill NAME, or leave --id out");
    }
    InstallEntries.Result result =
        InstallEntries.upsert(
            config.config(),
            src,
            chosen,
            Optional.ofNullable(id),
            copy,
            chosenTargets.targets(),
            !targets.isEmpty());
    String idOption = id == null ? "--skill" : "--id";
    SkillEdits.check(result.config(), result.ids(), idOption);
    ConfigFile next = config.with(result.config());
    List<InstallView.Entry> entries = view.entries(next, result);
    InstallView.Targets targetsShown = InstallView.targets(chosenTargets);

    if (dryRun) {
      view.describe(entries, chosenTargets);
      out.info(
          "dry run: nothing written; "
              + next.path()
              + " and the targets are unchanged"
              + (src.local() ? "" : " (the source was fetched into the store)"));
      if (out.isJson()) {
        out.json(
            new InstallView.InstallDocument(
                shown,
                true,
                next.path().toString(),
                targetsShown,
                entries,
                InstallView.skipped(scan.warnings()),
                null,
                InstallView.deviationsOf(chosen)));
      }
      return ExitCode.OK.code();
    }
    view.describe(entries, chosenTargets);
    if (interactive && !yes && !confirm(entries.size())) {
      out.info("cancelled; nothing written");
      return ExitCode.OK.code();
    }
    new ConfigStore(next.path(), ctx.env()).save(next.config());
    out.info(view.wrote(result.ids(), next.path()));

    ApplyOptions options =
        new ApplyOptions(OptionalInt.empty(), force, false, true, Set.copyOf(result.ids()))
            .withPrefetched(fetched);
    return ApplyAfterInstall.run(
        ctx,
        next,
        options,
        report ->
            new InstallView.InstallDocument(
                shown,
                false,
                next.path().toString(),
                targetsShown,
                entries,
                InstallView.skipped(scan.warnings()),
                report,
                InstallView.deviationsOf(chosen)));
  }

  /** The config to add to; a missing file is an empty config, created when the entries are. */
  private ConfigFile config() {
    ConfigStore store = ctx.configStore();
    return store.exists() ? ctx.loadConfig() : new ConfigFile(store.path(), Config.empty());
  }

  /** The directory to discover in: the live local directory, or the fetched snapshot. */
  private Path fetch(InstallSource src, ConfigFile config, List<Prefetched> fetched, Output out)
      throws InterruptedException {
    RepoLocation location = src.location(ctx.env());
    return switch (location) {
      case RepoLocation.Local local -> {
        if (ref != null) {
          out.warn("--ref is ignored for a local directory: it is used as it is on disk");
        }
        yield local.dir();
      }
      case RepoLocation.Remote remote -> {
        Prefetched p =
            new Prefetch(ctx.env(), out::warn)
                .fetch(config, remote, src.ref(), ctx.progressListener());
        fetched.add(p);
        yield p.snapshot().dir();
      }
    };
  }

  private static Problem nothingFound(InstallSource src, SourceScan scan) {
    String where =
        SafeText.escape(src.repo())
            + (src.subpath().equals(".") ? "" : " under " + SafeText.escape(src.subpath()));
    if (scan.warnings().isEmpty()) {
      return Problem.runtime(
          ErrorCode.NO_SKILLS_FOUND,
          "no SKILL.md found in " + where,
          "a skill is a directory holding SKILL.md; point at the repository or directory that"
              + " contains them");
    }
    return Problem.runtime(
        ErrorCode.NO_VALID_SKILLS,
        "no valid skill in "
            + where
            + ": "
            + scan.warnings().size()
            + " problem(s), see the warnings above",
        "the skills' authors can run 'eden-skills check <dir>' to see what to fix");
  }

  /** Asks on stderr; Enter means yes, end of input means no. */
  private boolean confirm(int count) {
    PrintWriter err = ctx.output().err();
    err.print("Install " + count + (count == 1 ? " skill" : " skills") + "? [Y/n] ");
    err.flush();
    try {
      String answer = ctx.input().readLine();
      if (answer == null) {
        err.println();
        return false;
      }
      String a = answer.strip().toLowerCase(java.util.Locale.ROOT);
      return a.isEmpty() || a.equals("y") || a.equals("yes");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the answer", e);
    }
  }
}
