package dev.edenskills.discovery;

import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the skills in a source tree (CONTRACT §7), reading only front matter.
 *
 * <p>Order of search: a {@code SKILL.md} at the root; every directory one level under the {@link
 * #CONTAINERS}; the hidden collections under {@code skills/} ({@code skills/.system}), listed as
 * hidden; the skills a Claude Code plugin marketplace names, then {@code plugins/*}{@code
 * /skills/*}. All of these are always looked at: a collection may describe itself with a root skill
 * and still ship more under {@code skills/}. Only when none holds a {@code SKILL.md} in a real
 * folder (a folder of links never ends the search) does a breadth-first search run, bounded by
 * {@link Limits}, skipping {@code .git}, {@code node_modules} and hidden directories other than the
 * agents' and the curated/experimental/system ones; it does not descend into a skill's own
 * directory.
 *
 * <p>Front matter is read the installer's way (CONTRACT §1): names outside the spec are made safe,
 * and what was forgiven travels with the skill; with {@code strict}, such skills are skipped
 * instead. An id met twice keeps the first found in that order (root, containers in the listed
 * order, then shallower before deeper) and warns about the rest. The result is sorted by subpath,
 * so it does not depend on the order the filesystem lists entries in.
 */
public final class SkillDiscovery {
  /** The agents' own dot-folders: each keeps its project skills in {@code <folder>/skills}. */
  private static final List<String> AGENT_FOLDERS =
      List.of(
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

  /** Directories whose direct children are skills, in the order they are searched. */
  public static final List<String> CONTAINERS =
      Stream.concat(
              Stream.of("skills", "skills/.curated", "skills/.experimental", "packages"),
              AGENT_FOLDERS.stream().map(folder -> folder + "/skills"))
          .toList();

  /** Hidden directories the recursive search still enters: they hold skills by convention. */
  static final Set<String> SEARCHED_HIDDEN =
      withAgentFolders(".curated", ".experimental", ".system");

  /** Dot-folders whose skills are not hidden: the agents' own and the curated/experimental sets. */
  static final Set<String> VISIBLE_HIDDEN =
      withAgentFolders(".curated", ".experimental", ".claude-plugin");

  private static Set<String> withAgentFolders(String... more) {
    return Stream.concat(AGENT_FOLDERS.stream(), Stream.of(more))
        .collect(Collectors.toUnmodifiableSet());
  }

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
  private final boolean strict;

  /** Lenient discovery with the default limits. */
  public SkillDiscovery() {
    this(Limits.DEFAULT, false);
  }

  public SkillDiscovery(Limits limits) {
    this(limits, false);
  }

  /**
   * @param strict skip every skill whose front matter deviates from the spec ({@code --strict})
   */
  public SkillDiscovery(Limits limits, boolean strict) {
    this.limits = limits;
    this.strict = strict;
  }

  /**
   * Discovers the skills under {@code repoRoot}.
   *
   * @throws Problem {@code SOURCE_NOT_A_DIRECTORY} (usage, exit 2) when the root is not a directory
   */
  public DiscoveryResult discover(Path repoRoot) {
    Path root = realPath(repoRoot);
    if (!Files.isDirectory(root)) {
      throw Problem.usage(
          ErrorCode.SOURCE_NOT_A_DIRECTORY,
          SafeText.escape(repoRoot.toString()) + " is not a directory",
          "point at a directory holding SKILL.md or a skills/ folder");
    }
    DiscoveryWalk walk = new DiscoveryWalk(root, limits, strict);
    List<PluginMarketplace.Place> places = PluginMarketplace.read(root);
    places.forEach(p -> walk.markPlugin(p.path(), p.container(), p.plugin()));
    List<String> pluginDirs = walk.childrenOf("plugins");
    pluginDirs.forEach(d -> walk.markPlugin(d + "/skills", true, d.substring(d.indexOf('/') + 1)));

    walk.considerSkillDir(root, false);
    for (String container : CONTAINERS) {
      walk.scanContainer(container);
    }
    walk.hiddenChildren("skills").stream()
        .filter(dir -> !CONTAINERS.contains(dir))
        .forEach(
            dir -> {
              if (!walk.considerSkillDir(root.resolve(dir), false)) {
                walk.scanContainer(dir);
              }
            });
    for (PluginMarketplace.Place place : places) {
      if (place.container()) {
        walk.scanContainer(place.path());
      } else {
        walk.considerPath(place.path());
      }
    }
    pluginDirs.forEach(d -> walk.scanContainer(d + "/skills"));
    if (!walk.sawDirectSkill()) {
      walk.searchRecursively();
    }
    return walk.result();
  }

  private static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize(); // missing: reported as not a directory below
    }
  }

  /** True for a subpath inside a hidden collection ({@code skills/.system/x}). */
  public static boolean isHidden(String subpath) {
    for (String segment : subpath.split("/")) {
      if (segment.startsWith(".") && !segment.equals(".") && !VISIBLE_HIDDEN.contains(segment)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code dir} is a directory and not a symbolic link. */
  static boolean isRealDirectory(Path dir) {
    return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS);
  }
}
