package dev.edenskills.install;

import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import dev.edenskills.config.SourceSpec;
import dev.edenskills.discovery.DiscoveredSkill;
import dev.edenskills.discovery.DiscoveryResult;
import dev.edenskills.discovery.SafeText;
import dev.edenskills.discovery.SkillDiscovery;
import dev.edenskills.discovery.SkillWarning;
import dev.edenskills.source.Snapshot;
import dev.edenskills.source.SnapshotStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The skills {@code install} may offer from one source: discovery below the source's subpath, minus
 * every skill holding a symlink that leaves the repository (never installed, CONTRACT §8). Subpaths
 * and warning paths are relative to the repository root, ready for skills.toml.
 */
public record SourceScan(List<DiscoveredSkill> skills, List<SkillWarning> warnings) {
  /** A skill was skipped because a symlink in it points outside the repository. */
  public static final String SYMLINK_OUTSIDE_REPO = "SYMLINK_OUTSIDE_REPO";

  public SourceScan {
    skills = List.copyOf(skills);
    warnings = List.copyOf(warnings);
  }

  /**
   * Scans {@code root} (a snapshot directory, or the live local directory).
   *
   * @param snapshot the snapshot {@code root} belongs to; empty for a local directory
   * @throws Problem {@code SUBPATH_NOT_FOUND} (exit 1) when the source's subpath is not a directory
   */
  public static SourceScan of(InstallSource source, Path root, Optional<Snapshot> snapshot) {
    return of(source, root, snapshot, false);
  }

  /**
   * @param strict skip the skills whose front matter deviates from the spec ({@code --strict})
   */
  public static SourceScan of(
      InstallSource source, Path root, Optional<Snapshot> snapshot, boolean strict) {
    Path base = root.resolve(source.subpath()).normalize();
    if (!Files.isDirectory(base, LinkOption.NOFOLLOW_LINKS)) {
      throw Problem.runtime(
          ErrorCode.SUBPATH_NOT_FOUND,
          "'"
              + SafeText.escape(source.subpath())
              + "' is not a directory in "
              + SafeText.escape(source.repo())
              + (source.local() ? "" : " at " + SourceSpec.describe(source.ref(), "")),
          "check the path in the URL, or the ref (--ref)");
    }
    DiscoveryResult found =
        new SkillDiscovery(SkillDiscovery.Limits.DEFAULT, strict).discover(base);
    List<SkillWarning> warnings = new ArrayList<>();
    for (SkillWarning w : found.warnings()) {
      warnings.add(new SkillWarning(below(source, w.path()), w.code(), w.message()));
    }
    List<DiscoveredSkill> skills = new ArrayList<>();
    for (DiscoveredSkill s : found.skills()) {
      String subpath = source.below(s.subpath());
      List<String> escaping =
          snapshot.isPresent()
              ? (SnapshotStore.containsRejected(snapshot.get(), subpath)
                  ? rejectedUnder(snapshot.get(), subpath)
                  : List.of())
              : EscapingSymlinks.find(root, root.resolve(subpath));
      if (escaping.isEmpty()) {
        skills.add(s.at(subpath));
      } else {
        warnings.add(
            new SkillWarning(
                subpath.equals(".") ? "SKILL.md" : subpath + "/SKILL.md",
                SYMLINK_OUTSIDE_REPO,
                "skill '"
                    + s.name()
                    + "' skipped: symlink "
                    + SafeText.escape(String.join(", ", escaping))
                    + " points outside the repository"));
      }
    }
    return new SourceScan(skills, warnings);
  }

  private static List<String> rejectedUnder(Snapshot snapshot, String subpath) {
    List<String> links =
        snapshot.rejectedSymlinks().stream()
            .filter(l -> subpath.equals(".") || l.equals(subpath) || l.startsWith(subpath + "/"))
            .toList();
    return links.isEmpty() ? List.of(subpath) : links;
  }

  private static String below(InstallSource source, String path) {
    if (source.subpath().equals(".")) {
      return path;
    }
    return path.equals(".") ? source.subpath() : source.subpath() + "/" + path;
  }
}
