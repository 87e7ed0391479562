package dev.edenskills.verify;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether an installed skill can be read through its links (issue 15, CONTRACT §8): its {@code
 * SKILL.md} must be a readable regular file, whatever links lead to it, and every symlink inside
 * the skill must resolve. A skill whose files are links into the rest of its repository is fine as
 * long as the targets are there; a snapshot that lost them is not.
 */
public final class SkillLinks {
  private SkillLinks() {}

  /** A symlink inside a skill that does not resolve. */
  public record Dangling(String relative, String linkText) {
    /** One line for a finding or a failed check. */
    public String describe() {
      return "link " + relative + " -> " + linkText + " does not resolve";
    }
  }

  /**
   * The links under {@code skillDir} (itself followed when it is a link) that do not resolve,
   * sorted by path. Linked directories are not entered: their own links are checked where they
   * live. An unreadable tree yields what could be read.
   */
  public static List<Dangling> dangling(Path skillDir) {
    List<Dangling> out = new ArrayList<>();
    Path root;
    try {
      root = skillDir.toRealPath();
    } catch (IOException e) {
      return out;
    }
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              if (attrs.isSymbolicLink() && !Files.exists(file)) {
                out.add(
                    new Dangling(
                        root.relativize(file).toString().replace('\\', '/'),
                        Files.readSymbolicLink(file).toString()));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // what could be walked was checked; an unreadable skill fails content-present on its own
    }
    out.sort(java.util.Comparator.comparing(Dangling::relative));
    return out;
  }

  /**
   * Why the skill at {@code dir} cannot be read through its links: {@code SKILL.md} missing, not a
   * regular file, unreadable, or a link that does not resolve; then the first dangling link. Empty
   * when everything resolves.
   */
  public static Optional<String> problem(Path dir) {
    Path skillMd = dir.resolve(Verifier.SKILL_FILE);
    if (!Files.isRegularFile(skillMd)) {
      if (Files.isSymbolicLink(skillMd)) {
        return Optional.of(Verifier.SKILL_FILE + " is a symlink that does not resolve to a file");
      }
      return Optional.of(
          Verifier.SKILL_FILE + (Files.exists(skillMd) ? " is not a regular file" : " missing"));
    }
    if (!Files.isReadable(skillMd)) {
      return Optional.of(Verifier.SKILL_FILE + " is not readable");
    }
    List<Dangling> dangling = dangling(dir);
    if (dangling.isEmpty()) {
      return Optional.empty();
    }
    String more = dangling.size() > 1 ? " (and " + (dangling.size() - 1) + " more)" : "";
    return Optional.of(dangling.getFirst().describe() + more);
  }
}
