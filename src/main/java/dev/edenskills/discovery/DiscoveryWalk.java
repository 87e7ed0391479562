package dev.edenskills.discovery;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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

/** The state of one {@link SkillDiscovery#discover} run: what was seen, kept and warned about. */
final class DiscoveryWalk {
  private final Path root;
  private final SkillDiscovery.Limits limits;
  private final List<DiscoveredSkill> skills = new ArrayList<>();
  private final Map<String, String> firstSubpathByName = new HashMap<>();
  private final Set<SkillWarning> warnings = new LinkedHashSet<>();
  private final Set<Path> considered = new HashSet<>();
  private int dirsVisited;
  private boolean limitReached;
  private boolean sawSkillFile;

  DiscoveryWalk(Path root, SkillDiscovery.Limits limits) {
    this.root = root;
    this.limits = limits;
  }

  boolean sawAnySkillFile() {
    return sawSkillFile;
  }

  DiscoveryResult result() {
    List<DiscoveredSkill> sorted = new ArrayList<>(skills);
    sorted.sort(Comparator.comparing(DiscoveredSkill::subpath));
    return new DiscoveryResult(sorted, List.copyOf(warnings));
  }

  /** Every direct child of {@code container} (a {@code /} path under the root) may be a skill. */
  void scanContainer(String container) {
    Path dir = root;
    for (String segment : container.split("/")) {
      dir = dir.resolve(segment);
      if (Files.isSymbolicLink(dir)) {
        warnSymlink(dir);
        return;
      }
      if (!SkillDiscovery.isRealDirectory(dir)) {
        return;
      }
    }
    for (Path child : children(dir, name -> !name.startsWith("."))) {
      if (!countVisit()) {
        return;
      }
      considerSkillDir(child);
    }
  }

  /** Breadth-first, sorted, bounded: shallower skills come first, so they win name clashes. */
  void searchRecursively() {
    Deque<Path> queue = new ArrayDeque<>();
    queue.add(root);
    while (!queue.isEmpty()) {
      Path dir = queue.removeFirst();
      int depth =
          root.relativize(dir).toString().isEmpty() ? 0 : root.relativize(dir).getNameCount();
      for (Path child : children(dir, DiscoveryWalk::searched)) {
        if (!countVisit()) {
          return;
        }
        if (!considerSkillDir(child) && depth + 1 < limits.maxDepth()) {
          queue.addLast(child);
        }
      }
    }
  }

  /**
   * Reads {@code dir/SKILL.md} if there is one. Returns whether the file exists (valid or not), so
   * the search does not descend into a skill's own directories.
   */
  boolean considerSkillDir(Path dir) {
    Path skillMd = dir.resolve(FrontMatter.FILE_NAME);
    if (!Files.exists(skillMd, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    sawSkillFile = true;
    if (!considered.add(dir)) {
      return true;
    }
    String subpath = subpath(dir);
    String where =
        subpath.equals(".") ? FrontMatter.FILE_NAME : subpath + "/" + FrontMatter.FILE_NAME;
    switch (FrontMatter.read(skillMd, root)) {
      case ParsedSkill.Valid valid -> keep(new DiscoveredSkill(valid.manifest(), subpath), where);
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
            "name '"
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
   * Real subdirectories of {@code dir} whose names pass {@code wanted}, sorted by name; wanted
   * symbolic links to directories are warned about and left out.
   */
  private List<Path> children(Path dir, Predicate<String> wanted) {
    List<Path> dirs = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path child : stream) {
        Optional<BasicFileAttributes> attrs = attributes(child);
        if (attrs.isEmpty() || !wanted.test(child.getFileName().toString())) {
          continue;
        }
        if (attrs.get().isSymbolicLink()) {
          if (Files.isDirectory(child)) {
            warnSymlink(child);
          }
        } else if (attrs.get().isDirectory()) {
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

  private static Optional<BasicFileAttributes> attributes(Path p) {
    try {
      return Optional.of(
          Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    } catch (IOException e) {
      return Optional.empty();
    }
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
            "a symbolic link; discovery does not follow links, so skills behind it are skipped"));
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
