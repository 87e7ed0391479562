package dev.edenskills.cli;

import dev.edenskills.apply.ApplyReport;
import dev.edenskills.cli.render.Output;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What {@code install} prints: the {@code --list} table, the entries, and the JSON documents. */
final class InstallView {
  private static final int DESCRIPTION_WIDTH = 60;

  private final Output out;
  private final Env env;

  InstallView(Output out, Env env) {
    this.out = out;
    this.env = env;
  }

  /** The source as resolved; {@code commit} is empty for a local directory. */
  record Source(String repo, String ref, String subpath, String commit) {
    static Source of(InstallSource s, String commit) {
      return new Source(s.repo(), s.local() ? "" : s.ref(), s.subpath(), commit);
    }
  }

  /** A discovered skill in the {@code --list} document. */
  record Listed(String name, String description, String path) {}

  /** A skipped {@code SKILL.md}, with the problem. */
  record Skipped(String path, String code, String message) {}

  /** The {@code --list --json} document. */
  record ListDocument(Source source, List<Listed> skills, List<Skipped> skipped) {}

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
      ApplyReport apply) {}

  void warnings(List<SkillWarning> warnings) {
    warnings.forEach(w -> out.error(w.render()));
  }

  void list(Source source, List<DiscoveredSkill> skills, List<SkillWarning> warnings) {
    if (out.isJson()) {
      out.json(
          new ListDocument(
              source,
              skills.stream().map(s -> new Listed(s.name(), s.description(), s.subpath())).toList(),
              skipped(warnings)));
      return;
    }
    TextTable table = new TextTable("NAME", "DESCRIPTION", "PATH");
    for (DiscoveredSkill s : skills) {
      table.row(s.name(), summary(s.description()), SafeText.escape(s.subpath()));
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
