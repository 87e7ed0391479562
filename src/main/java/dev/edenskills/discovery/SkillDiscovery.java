package dev.edenskills.discovery;

import dev.edenskills.common.Problem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Finds the skills in a source tree (CONTRACT §7), reading only front matter and never following a
 * symbolic link.
 *
 * <p>Order of search: a {@code SKILL.md} at the root; then every directory one level under the
 * {@link #CONTAINERS}. Both are always looked at: a collection may describe itself with a root
 * skill and still ship more under {@code skills/}. Only when neither holds any {@code SKILL.md}
 * does a breadth-first search run, bounded by {@link Limits}, skipping {@code .git}, {@code
 * node_modules} and hidden directories other than the agents' and the curated/experimental ones; it
 * does not descend into a skill's own directory.
 *
 * <p>A name met twice keeps the first found in that order (root, containers in the listed order,
 * then shallower before deeper) and warns about the rest. The result is sorted by subpath, so it
 * does not depend on the order the filesystem lists entries in.
 */
public final class SkillDiscovery {
  /** Directories whose direct children are skills, in the order they are searched. */
  public static final List<String> CONTAINERS =
      List.of(
          "skills",
          "skills/.curated",
          "skills/.experimental",
          "packages",
          ".claude/skills",
          ".cursor/skills",
          ".codex/skills",
          ".gemini/skills",
          ".github/skills",
          ".windsurf/skills",
          ".opencode/skills",
          ".goose/skills",
          ".roo/skills",
          ".agents/skills");

  /** Hidden directories the recursive search still enters: they hold skills by convention. */
  static final Set<String> SEARCHED_HIDDEN =
      Set.of(
          ".curated",
          ".experimental",
          ".system",
          ".claude",
          ".cursor",
          ".codex",
          ".gemini",
          ".github",
          ".windsurf",
          ".opencode",
          ".goose",
          ".roo",
          ".agents");

  /** Never searched: version control data and dependency trees hold no one's skills. */
  static final Set<String> SKIPPED = Set.of(".git", "node_modules");

  /**
   * Bounds of the recursive search.
   *
   * @param maxDepth deepest skill directory, in levels below the root
   * @param maxDirs directories looked at before the search gives up with a warning
   */
  public record Limits(int maxDepth, int maxDirs) {
    public static final Limits DEFAULT = new Limits(6, 20_000);

    public Limits {
      if (maxDepth < 1 || maxDirs < 1) {
        throw new IllegalArgumentException("limits must be positive");
      }
    }
  }

  private final Limits limits;

  public SkillDiscovery() {
    this(Limits.DEFAULT);
  }

  public SkillDiscovery(Limits limits) {
    this.limits = limits;
  }

  /**
   * Discovers the skills under {@code repoRoot}.
   *
   * @throws Problem {@code SOURCE_NOT_A_DIRECTORY} (usage, exit 2) when the root is not a directory
   */
  public DiscoveryResult discover(Path repoRoot) {
    Path root = repoRoot.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw Problem.usage(
          "SOURCE_NOT_A_DIRECTORY",
          SafeText.escape(repoRoot.toString()) + " is not a directory",
          "point at a directory holding SKILL.md or a skills/ folder");
    }
    DiscoveryWalk walk = new DiscoveryWalk(root, limits);
    walk.considerSkillDir(root);
    for (String container : CONTAINERS) {
      walk.scanContainer(container);
    }
    if (!walk.sawAnySkillFile()) {
      walk.searchRecursively();
    }
    return walk.result();
  }

  /** True when {@code dir} is a directory and not a symbolic link. */
  static boolean isRealDirectory(Path dir) {
    return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS);
  }
}
