package dev.edenskills.install;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Symlinks in a live local skill directory that point outside its source (absolute, or climbing out
 * with {@code ..}). A snapshot never contains such links (the store refuses to write them); a local
 * directory is used as it is, so {@code install} looks before adding it (CONTRACT §8).
 */
public final class EscapingSymlinks {
  private EscapingSymlinks() {}

  /** The offending links under {@code skillDir}, relative to {@code sourceRoot}, sorted. */
  public static List<String> find(Path sourceRoot, Path skillDir) {
    Path root = sourceRoot.toAbsolutePath().normalize();
    List<String> found = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(skillDir)) {
      walk.filter(Files::isSymbolicLink)
          .forEach(
              link -> {
                if (escapes(root, link)) {
                  found.add(root.relativize(link.toAbsolutePath().normalize()).toString());
                }
              });
    } catch (IOException | UncheckedIOException e) {
      // Unreadable trees are refused too: what cannot be checked is not installed.
      found.add(root.relativize(skillDir.toAbsolutePath().normalize()) + " (unreadable)");
    }
    found.sort(null);
    return found;
  }

  private static boolean escapes(Path root, Path link) {
    try {
      Path target = Files.readSymbolicLink(link);
      return target.isAbsolute()
          || !link.toAbsolutePath().getParent().resolve(target).normalize().startsWith(root);
    } catch (IOException e) {
      return true;
    }
  }
}
