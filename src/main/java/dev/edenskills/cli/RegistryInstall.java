package dev.edenskills.cli;

import dev.edenskills.apply.ApplyOptions;
import dev.edenskills.apply.ApplyReport;
import dev.edenskills.apply.RegistrySync;
import dev.edenskills.apply.RepoSyncs;
import dev.edenskills.cli.render.Output;
import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.ExitCode;
import dev.edenskills.common.Problem;
import dev.edenskills.config.Config;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.config.ConfigStore;
import dev.edenskills.config.InstallMode;
import dev.edenskills.config.RegistrySource;
import dev.edenskills.config.SkillSpec;
import dev.edenskills.config.SourceSpec;
import dev.edenskills.config.TargetSpec;
import dev.edenskills.install.InstallTargets;
import dev.edenskills.registry.IndexVersion;
import dev.edenskills.registry.RefCheck;
import dev.edenskills.registry.RegistryCache;
import dev.edenskills.registry.RegistryLookup;
import dev.edenskills.registry.RegistryPinning;
import dev.edenskills.registry.RegistryRequest;
import dev.edenskills.registry.Resolution;
import dev.edenskills.source.StoreLock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code install <name>[@<req>]} and {@code install <name> --version <req> [--registry R]}
 * (CONTRACT §11): resolve the name in the synced registries, add a named entry to the config and
 * apply just that skill, pinned to the version's commit.
 */
final class RegistryInstall {
  private final CliContext ctx;

  RegistryInstall(CliContext ctx) {
    this.ctx = ctx;
  }

  /** What was asked on the command line besides the name. */
  record Flags(
      Optional<String> version,
      Optional<String> registry,
      List<String> targets,
      boolean copy,
      boolean list,
      boolean dryRun) {}

  /** The {@code --json} document. */
  record Document(
      String skill,
      String registry,
      String version,
      String commit,
      boolean dryRun,
      String config,
      ApplyReport apply) {}

  /**
   * A registry name rather than a repository: a plain word with {@code --version} or {@code
   * --registry}, or in a config that has registries (a repository is never a plain word).
   */
  static boolean wanted(CliContext ctx, String source, String version, String registry) {
    if (version != null || registry != null) {
      if (!RegistryRequest.looksLikeName(source)) {
        throw Problem.usage(
            ErrorCode.USAGE,
            "--version and --registry apply to a skill name from a registry, not to '"
                + source
                + "'",
            "use --ref for a repository");
      }
      return true;
    }
    return RegistryRequest.looksLikeName(source)
        && ctx.configStore().exists()
        && !ctx.loadConfig().config().registries().isEmpty();
  }

  int run(String raw, Flags flags) throws InterruptedException {
    RegistrySource wanted = RegistryRequest.parse(raw, flags.version(), flags.registry());
    Output out = ctx.output();
    ConfigFile config = ctx.loadConfig();
    Config next = config.config().withSkill(spec(config.config(), wanted, flags));
    RepoSyncs syncs = RepoSyncs.of(ctx.env(), config);
    try (StoreLock held =
        StoreLock.acquire(syncs.layout().lockFile(), StoreLock.DEFAULT_WAIT, out::warn)) {
      new RegistrySync(ctx.env(), syncs, out::warn)
          .run(
              next,
              RegistrySync.Scope.MISSING,
              syncs.reactor(syncs.reactorConfig().concurrency(), ctx.progressListener()));
    }
    Resolution r =
        new RegistryLookup(next, RegistryCache.in(syncs.layout().root())).resolve(wanted);
    if (flags.list()) {
      return list(r);
    }
    out.info(
        "resolved "
            + wanted.name()
            + " "
            + wanted.version()
            + " -> "
            + r.version().version()
            + " from registry "
            + r.registry().name()
            + " (commit "
            + r.version().commit().substring(0, 12)
            + ")");
    new RefCheck(ctx.env(), syncs.fetchOptions()).warnIfMoved(r, out::warn);
    SkillEdits.check(next, wanted.name(), "NAME");
    if (flags.dryRun()) {
      out.info("dry run: nothing written; " + config.path() + " and the targets are unchanged");
      if (out.isJson()) {
        out.json(document(r, true, config, null));
      }
      return ExitCode.OK.code();
    }
    new ConfigStore(config.path(), ctx.env()).save(next);
    out.info("wrote " + wanted.name() + " to " + config.path());
    ApplyOptions options =
        new ApplyOptions(OptionalInt.empty(), false, false, true, Set.of(wanted.name()));
    // Apply the resolution just shown: a lock entry pinned by an earlier install must not win
    // over the version asked for now. The config on disk keeps the name and requirement.
    SkillSpec named = next.skill(wanted.name()).orElseThrow();
    SkillSpec resolved =
        new SkillSpec(
            named.id(),
            RegistryPinning.sourceOf(r),
            named.mode(),
            named.targets(),
            named.verify(),
            named.noExecMetadataOnly());
    return ApplyAfterInstall.run(
        ctx,
        config.with(next.withSkill(resolved)),
        options,
        report -> document(r, false, config, report));
  }

  /** The entry to write: an existing one keeps its mode and targets unless flags change them. */
  private SkillSpec spec(Config config, RegistrySource wanted, Flags flags) {
    if (config.registries().isEmpty()) {
      throw Problem.usage(
          ErrorCode.NO_REGISTRIES,
          "cannot install '" + wanted.name() + "' by name: the config has no [registries]",
          "add one, e.g. [registries] team = { url = \"https://host/org/index.git\","
              + " priority = 50 }, or give a repository (owner/repo, a URL or ./dir)");
    }
    Optional<SkillSpec> old = config.skill(wanted.name());
    List<TargetSpec> targets =
        flags.targets().isEmpty() && old.isPresent()
            ? old.get().targets()
            : InstallTargets.choose(flags.targets(), ctx.env()).targets();
    InstallMode mode =
        flags.copy() ? InstallMode.COPY : old.map(SkillSpec::mode).orElse(InstallMode.SYMLINK);
    SourceSpec source = SourceSpec.named(wanted);
    return old.filter(o -> o.mode() == mode)
        .map(o -> new SkillSpec(o.id(), source, mode, targets, o.verify(), o.noExecMetadataOnly()))
        .orElseGet(() -> SkillSpec.of(wanted.name(), source, mode, targets));
  }

  private int list(Resolution r) {
    Output out = ctx.output();
    if (out.isJson()) {
      out.json(r.entry());
      return ExitCode.OK.code();
    }
    out.line(r.entry().name() + " (registry " + r.registry().name() + ")");
    out.line("  " + r.entry().description());
    out.line("  repo: " + r.entry().repo() + " subpath: " + r.entry().subpath());
    for (IndexVersion v : r.entry().versions()) {
      String mark =
          v.yanked() ? " (yanked)" : v.version().equals(r.version().version()) ? " (chosen)" : "";
      out.line("  " + v.version() + "  " + v.ref() + "  " + v.commit().substring(0, 12) + mark);
    }
    return ExitCode.OK.code();
  }

  private static Document document(Resolution r, boolean dryRun, ConfigFile config, ApplyReport a) {
    return new Document(
        r.entry().name(),
        r.registry().name(),
        r.version().version(),
        r.version().commit(),
        dryRun,
        config.path().toString(),
        a);
  }
}
