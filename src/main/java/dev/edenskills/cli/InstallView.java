package dev.edenskills.cli;

import dev.edenskills.apply.ApplyReport;
import dev.edenskills.cli.render.Output;
import dev.edenskills.cli.render.WarningGroups;
import dev.edenskills.common.Env;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.config.SkillSpec;
import dev.edenskills.config.TargetResolver;
import dev.edenskills.config.TargetSpec;
import dev.edenskills.config.TargetSpecs;
import dev.edenskills.discovery.DiscoveredSkill;
import dev.edenskills.discovery.SafeText;
import dev.edenskills.discovery.SkillWarning;
import dev.edenskills.install.InstallEntries;
import dev.edenskills.install.InstallSource;
import dev.edenskills.install.InstallTargets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What {@code install} prints: the {@code --list} table, the entries, and the JSON documents. */
final class InstallView {
  private static final int DESCRIPTION_WIDTH = 60;

  /** Above this many entries, the per-skill lines are summarised (all of them with -v). */
  static final int SPELL_OUT = 20;

  /** Skipped skills of one kind printed one by one up to this many, then summarised. */
  static final int SKIPS_SPELLED_OUT = 3;

  private final Output out;
  private final Env env;
  private final boolean verbose;

  InstallView(Output out, Env env, boolean verbose) {
    this.out = out;
    this.env = env;
    this.verbose = verbose;
  }

  /** The source as resolved; {@code commit} is empty for a local directory. */
  record Source(String repo, String ref, String subpath, String commit) {
    static Source of(InstallSource s, String commit) {
      return new Source(s.repo(), s.local() ? "" : s.ref(), s.subpath(), commit);
    }
  }

  /** A discovered skill in the {@code --list} document; {@code plugin} is null outside plugins. */
  record Listed(String name, String description, String path, boolean hidden, String plugin) {}

  /** A skipped {@code SKILL.md}, with the problem. */
  record Skipped(String path, String code, String message) {}

  /** The {@code --list --json} document. */
  record ListDocument(
      Source source, List<Listed> skills, List<Skipped> skipped, List<Skipped> warnings) {}

  /** One target of an entry: the agent (or custom) and the full install path. */
  record Target(String agent, String path) {}

  /** One config entry written (or, with --dry-run, that would be). */
  record Entry(
      String id,
      String action,
      String repo,
      String ref,
      String subpath,
      String mode,
      List<Target> targets) {}

  /** Which targets were used and why ({@code --target}, detected, the default). */
  record Targets(List<String> specs, String why) {}

  /** The {@code install --json} document; {@code apply} is null with --dry-run. */
  record InstallDocument(
      Source source,
      boolean dryRun,
      String config,
      Targets targets,
      List<Entry> skills,
      List<Skipped> skipped,
      ApplyReport apply,
      List<Skipped> warnings) {}

  /** What was skipped, a few lines per kind at most (all with -v). */
  void warnings(List<SkillWarning> warnings) {
    WarningGroups.lines(
            skipped(warnings).stream()
                .map(w -> new WarningGroups.Item(w.code(), SafeText.escape(w.path()), w.message()))
                .toList(),
            SKIPS_SPELLED_OUT,
            verbose)
        .forEach(out::error);
  }

  /** What the lenient reading forgave in {@code skills}: one line per kind (all with -v). */
  void deviations(List<DiscoveredSkill> skills) {
    WarningGroups.lines(
            deviationsOf(skills).stream()
                .map(w -> new WarningGroups.Item(w.code(), SafeText.escape(w.path()), w.message()))
                .toList(),
            0,
            verbose)
        .forEach(out::error);
  }

  static List<Skipped> deviationsOf(List<DiscoveredSkill> skills) {
    List<Skipped> items = new ArrayList<>();
    for (DiscoveredSkill s : skills) {
      String where = s.subpath().equals(".") ? "SKILL.md" : s.subpath() + "/SKILL.md";
      s.deviations().forEach(d -> items.add(new Skipped(where, d.code(), d.message())));
    }
    return items;
  }

  void list(Source source, List<DiscoveredSkill> skills, List<SkillWarning> warnings) {
    if (out.isJson()) {
      out.json(
          new ListDocument(
              source,
              skills.stream()
                  .map(
                      s ->
                          new Listed(
                              s.name(),
                              s.description(),
                              s.subpath(),
                              s.hidden(),
                              s.plugin().orElse(null)))
                  .toList(),
              skipped(warnings),
              deviationsOf(skills)));
      return;
    }
    TextTable table = new TextTable("NAME", "DESCRIPTION", "PATH");
    for (DiscoveredSkill s : skills) {
      String notes =
          (s.hidden() ? " (hidden)" : "")
              + s.plugin().map(p -> " (plugin " + SafeText.escape(p) + ")").orElse("");
      table.row(s.name(), summary(s.description()), SafeText.escape(s.subpath()) + notes);
    }
    table.lines().forEach(out::line);
    out.info(
        skills.size()
            + (skills.size() == 1 ? " skill" : " skills")
            + (warnings.isEmpty() ? "" : ", " + warnings.size() + " skipped (see warnings)"));
  }

  List<Entry> entries(ConfigFile config, InstallEntries.Result result) {
    List<Entry> entries = new ArrayList<>();
    for (InstallEntries.Entry e : result.entries()) {
      SkillSpec spec = e.spec();
      entries.add(
          new Entry(
              e.id(),
              e.action(),
              spec.source().repo(),
              spec.source().ref(),
              spec.source().subpath(),
              spec.mode().id(),
              targets(config, spec)));
    }
    return entries;
  }

  /** {@code add pdf (skills/pdf, symlink) -> ~/.claude/skills/pdf}, one line per target. */
  void describe(List<Entry> entries, InstallTargets targets) {
    out.info("targets: " + targets.describe() + " (" + targets.why() + ")");
    if (entries.size() > SPELL_OUT && !verbose) {
      summarize(entries);
      return;
    }
    for (Entry e : entries) {
      out.info(
          "  "
              + e.action()
              + " "
              + e.id()
              + " ("
              + SafeText.escape(e.subpath())
              + ", "
              + e.mode()
              + ")");
      e.targets().forEach(t -> out.info("      -> " + SafeText.escape(t.path())));
    }
  }

  /** {@code add 772 skills (symlink) -> ~/.claude/skills/<id>}: one line per action and mode. */
  private void summarize(List<Entry> entries) {
    Map<String, Integer> counts = new TreeMap<>();
    Set<String> roots = new TreeSet<>();
    for (Entry e : entries) {
      counts.merge(e.action() + " ", 1, Integer::sum);
      e.targets().forEach(t -> roots.add(parentOf(t.path())));
    }
    counts.forEach((action, n) -> out.info("  " + action + n + (n == 1 ? " skill" : " skills")));
    roots.forEach(r -> out.info("      -> " + SafeText.escape(r) + "/<id>"));
    out.info("  (-v lists every skill)");
  }

  private static String parentOf(String path) {
    Path parent = Path.of(path).getParent();
    return parent == null ? path : parent.toString();
  }

  /** {@code wrote a, b to …/skills.toml}, or {@code added 772 skills to …} for many. */
  String wrote(List<String> ids, Path config) {
    if (ids.size() <= 5 || verbose) {
      return "wrote " + String.join(", ", ids) + " to " + config;
    }
    return "added " + ids.size() + " skills to " + config;
  }

  static List<Skipped> skipped(List<SkillWarning> warnings) {
    return warnings.stream().map(w -> new Skipped(w.path(), w.code(), w.message())).toList();
  }

  static Targets targets(InstallTargets t) {
    return new Targets(t.targets().stream().map(TargetSpecs::format).toList(), t.why());
  }

  private List<Target> targets(ConfigFile config, SkillSpec spec) {
    Set<String> seen = new LinkedHashSet<>();
    List<Target> out = new ArrayList<>();
    for (TargetSpec t : spec.targets()) {
      String path =
          TargetResolver.resolve(t, env, config.baseDir())
              .resolve(spec.id())
              .normalize()
              .toString();
      if (seen.add(path)) {
        out.add(new Target(t.agent(), path));
      }
    }
    return out;
  }

  private static String summary(String description) {
    String first = description.strip().lines().findFirst().orElse("");
    if (first.codePointCount(0, first.length()) > DESCRIPTION_WIDTH) {
      first = first.substring(0, first.offsetByCodePoints(0, DESCRIPTION_WIDTH - 3)) + "...";
    }
    return SafeText.escape(first);
  }
}
