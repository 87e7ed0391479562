package dev.edenskills.discovery;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The state of one {@link SkillDiscovery#discover} run: what was seen, kept and warned about.
 *
 * <p>Every skill is keyed by its real directory, so a skill reached through an in-repository
 * symlink ({@code .codex/skills/pdf -> ../../skills/pdf}) is the same skill as its target and is
 * listed once, under the target's subpath. Links are resolved, never walked: the recursive search
 * does not descend through them, so a link cycle costs nothing.
 */
final class DiscoveryWalk {
  private final Path root;
  private final SkillDiscovery.Limits limits;
  private final boolean strict;
  private final List<DiscoveredSkill> skills = new ArrayList<>();
  private final Map<String, String> firstSubpathByName = new HashMap<>();
  private final Set<SkillWarning> warnings = new LinkedHashSet<>();
  private final Set<Path> considered = new HashSet<>();
  private final Map<Path, String> pluginOf = new HashMap<>();
  private int dirsVisited;
  private boolean limitReached;
  private boolean sawDirectSkill;

  /** {@code root} must be a real path (no symbolic link on the way). */
  DiscoveryWalk(Path root, SkillDiscovery.Limits limits, boolean strict) {
    this.root = root;
    this.limits = limits;
    this.strict = strict;
  }

  /** True once a {@code SKILL.md} was met in a real folder, not only behind links. */
  boolean sawDirectSkill() {
    return sawDirectSkill;
  }

  DiscoveryResult result() {
    List<DiscoveredSkill> sorted = new ArrayList<>(skills);
    sorted.sort(Comparator.comparing(DiscoveredSkill::subpath));
    return new DiscoveryResult(sorted, List.copyOf(warnings));
  }

  /** Remembers that the skill at {@code path} (or every skill under it) ships in {@code plugin}. */
  void markPlugin(String path, boolean container, String plugin) {
    Optional<Path> dir = resolve(path);
    if (dir.isEmpty()) {
      return;
    }
    List<Path> dirs = container ? children(dir.get(), n -> !n.startsWith(".")) : List.of(dir.get());
    for (Path d : dirs) {
      realDir(d).ifPresent(real -> pluginOf.putIfAbsent(real, plugin));
    }
  }

  /** Every direct child of {@code container} (a {@code /} path under the root) may be a skill. */
  void scanContainer(String container) {
    Optional<Path> dir = resolve(container);
    if (dir.isEmpty()) {
      return;
    }
    for (Path child : children(dir.get(), name -> !name.startsWith("."))) {
      if (!countVisit()) {
        return;
      }
      considerEntry(child);
    }
  }

  /** The visible folders directly under {@code container}, as {@code /} paths. */
  List<String> childrenOf(String container) {
    Optional<Path> dir = resolve(container);
    if (dir.isEmpty()) {
      return List.of();
    }
    return children(dir.get(), name -> !name.startsWith(".")).stream()
        .map(p -> container + "/" + p.getFileName())
        .toList();
  }

  /** The hidden folders directly under {@code container}, as {@code /} paths. */
  List<String> hiddenChildren(String container) {
    Optional<Path> dir = resolve(container);
    if (dir.isEmpty()) {
      return List.of();
    }
    return children(dir.get(), name -> name.startsWith(".")).stream()
        .map(p -> container + "/" + p.getFileName())
        .toList();
  }

  /** One folder named by path (a plugin's listed skill): a skill or nothing. */
  void considerPath(String path) {
    resolve(path).ifPresent(dir -> considerSkillDir(dir, false));
  }

  /** Breadth-first, sorted, bounded: shallower skills come first, so they win name clashes. */
  void searchRecursively() {
    Deque<Path> queue = new ArrayDeque<>();
    queue.add(root);
    while (!queue.isEmpty()) {
      Path dir = queue.removeFirst();
      int depth = dir.equals(root) ? 0 : root.relativize(dir).getNameCount();
      for (Path child : children(dir, DiscoveryWalk::searched)) {
        if (!countVisit()) {
          return;
        }
        boolean link = Files.isSymbolicLink(child);
        if (!considerEntry(child) && !link && depth + 1 < limits.maxDepth()) {
          queue.addLast(child);
        }
      }
    }
  }

  /** A child met in a listing: a real folder, or a link whose in-repository target is used. */
  private boolean considerEntry(Path child) {
    if (!Files.isSymbolicLink(child)) {
      return considerSkillDir(child, false);
    }
    Optional<Path> target = realDir(child).filter(t -> t.startsWith(root));
    if (target.isEmpty()) {
      warnSymlink(child);
      return false;
    }
    return considerSkillDir(target.get(), true);
  }

  /**
   * Reads {@code dir/SKILL.md} if there is one. Returns whether the file exists (valid or not), so
   * the search does not descend into a skill's own directories.
   */
  boolean considerSkillDir(Path dir, boolean viaLink) {
    Path skillMd = dir.resolve(FrontMatter.FILE_NAME);
    if (!Files.exists(skillMd, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    sawDirectSkill |= !viaLink;
    Path real = realDir(dir).orElse(dir);
    if (!considered.add(real)) {
      return true;
    }
    String subpath = subpath(real);
    String where =
        subpath.equals(".") ? FrontMatter.FILE_NAME : subpath + "/" + FrontMatter.FILE_NAME;
    switch (FrontMatter.readForInstall(real.resolve(FrontMatter.FILE_NAME), root)) {
      case ParsedSkill.Valid valid when strict && !valid.warnings().isEmpty() ->
          warnings.add(
              new SkillWarning(
                  where,
                  SkillWarning.OUTSIDE_SPEC,
                  valid.warnings().stream()
                      .map(p -> p.message() + " [" + p.code() + "]")
                      .collect(java.util.stream.Collectors.joining("; "))));
      case ParsedSkill.Valid valid ->
          keep(
              new DiscoveredSkill(
                  valid.manifest(),
                  subpath,
                  valid.warnings(),
                  SkillDiscovery.isHidden(subpath),
                  Optional.ofNullable(pluginOf.get(real))),
              where);
      case ParsedSkill.Invalid invalid ->
          invalid
              .problems()
              .forEach(p -> warnings.add(new SkillWarning(where, p.code(), p.message())));
    }
    return true;
  }

  private void keep(DiscoveredSkill skill, String where) {
    String first = firstSubpathByName.putIfAbsent(skill.name(), skill.subpath());
    if (first == null) {
      skills.add(skill);
      return;
    }
    warnings.add(
        new SkillWarning(
            where,
            SkillWarning.DUPLICATE_SKILL_NAME,
            "id '"
                + skill.name()
                + "' is already used by the skill in "
                + SafeText.escape(first)
                + "; this one is skipped"));
  }

  private static boolean searched(String name) {
    return !SkillDiscovery.SKIPPED.contains(name)
        && (!name.startsWith(".") || SkillDiscovery.SEARCHED_HIDDEN.contains(name));
  }

  /**
   * {@code path} under the root as a real directory: a link on the way is followed only when it
   * stays in the repository (else warned about). Empty when it is not there.
   */
  private Optional<Path> resolve(String path) {
    Path dir = path.equals(".") ? root : root.resolve(path);
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    Optional<Path> real = realDir(dir).filter(r -> r.startsWith(root));
    if (real.isEmpty()) {
      warnSymlink(dir);
    }
    return real;
  }

  private static Optional<Path> realDir(Path dir) {
    try {
      Path real = dir.toRealPath();
      return Files.isDirectory(real) ? Optional.of(real) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Subdirectories of {@code dir} whose names pass {@code wanted}, sorted by name: real ones and
   * symbolic links to directories (whose target the caller judges).
   */
  private List<Path> children(Path dir, Predicate<String> wanted) {
    List<Path> dirs = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path child : stream) {
        if (wanted.test(child.getFileName().toString()) && Files.isDirectory(child)) {
          dirs.add(child);
        }
      }
    } catch (NoSuchFileException | NotDirectoryException e) {
      return List.of();
    } catch (IOException e) {
      warnings.add(
          new SkillWarning(
              subpath(dir),
              SkillWarning.UNREADABLE_DIRECTORY,
              "cannot list: " + SafeText.escape(String.valueOf(e.getMessage()))));
      return List.of();
    }
    dirs.sort(Comparator.comparing(p -> p.getFileName().toString()));
    return dirs;
  }

  /** Counts one directory against the budget; false (after one warning) once it is spent. */
  private boolean countVisit() {
    if (++dirsVisited <= limits.maxDirs()) {
      return true;
    }
    if (!limitReached) {
      limitReached = true;
      warnings.add(
          new SkillWarning(
              ".",
              SkillWarning.SEARCH_LIMIT_REACHED,
              "stopped after looking at "
                  + limits.maxDirs()
                  + " directories; name the skill's path to install it"));
    }
    return false;
  }

  private void warnSymlink(Path link) {
    warnings.add(
        new SkillWarning(
            subpath(link),
            SkillProblem.SYMLINK_NOT_FOLLOWED,
            "a symbolic link leading out of the repository; skills behind it are skipped"));
  }

  private String subpath(Path dir) {
    Path rel = root.relativize(dir);
    if (rel.toString().isEmpty()) {
      return ".";
    }
    List<String> parts = new ArrayList<>();
    rel.forEach(p -> parts.add(p.toString()));
    return String.join("/", parts);
  }
}
