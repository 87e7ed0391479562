package dev.edenskills.adapter;

import dev.edenskills.config.VerifyCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** The verify checks (CONTRACT §3) on the local filesystem, for {@link LocalAdapter#check}. */
final class LocalChecks {
  private LocalChecks() {}

  static Optional<String> run(VerifyCheck check, Path target, Path source, Path boundary) {
    return switch (check) {
      case PATH_EXISTS ->
          Files.exists(target, LinkOption.NOFOLLOW_LINKS)
              ? Optional.empty()
              : Optional.of("nothing at " + target);
      case TARGET_RESOLVES -> resolves(target, source);
      case IS_SYMLINK ->
          Files.isSymbolicLink(target) ? Optional.empty() : Optional.of("not a symlink");
      case CONTENT_PRESENT -> contentPresent(target);
      case CONTENT_MATCHES -> contentMatches(target, source, boundary);
    };
  }

  private static Optional<String> resolves(Path target, Path source) {
    if (!Files.isDirectory(target)) {
      return Optional.of(
          Files.isSymbolicLink(target)
              ? "symlink does not resolve to a directory"
              : "not a directory");
    }
    if (Files.isSymbolicLink(target)) {
      try {
        Path real = target.toRealPath();
        Path expected = source.toRealPath();
        if (!real.equals(expected)) {
          return Optional.of("resolves to " + real + ", expected " + expected);
        }
      } catch (IOException e) {
        return Optional.of("cannot resolve: " + e.getMessage());
      }
    }
    // Resolving the directory is not enough: a SKILL.md that is a dangling link leaves the agent a
    // skill without instructions (issue 15), so the links inside must resolve too.
    return SkillLinks.problem(target);
  }

  private static Optional<String> contentPresent(Path target) {
    if (!Files.isDirectory(target)) {
      return Optional.of("not a directory");
    }
    try (Stream<Path> entries = Files.list(target)) {
      if (entries.findAny().isEmpty()) {
        return Optional.of("directory is empty");
      }
    } catch (IOException e) {
      return Optional.of("cannot read: " + e.getMessage());
    }
    return SkillLinks.problem(target);
  }

  private static Optional<String> contentMatches(Path target, Path source, Path boundary) {
    if (!Files.isDirectory(target)) {
      return Optional.of("not a directory");
    }
    if (!Files.isDirectory(source)) {
      return Optional.of("source " + source + " missing");
    }
    try {
      String got = TreeHash.of(target, boundary);
      String want = TreeHash.of(source, boundary);
      return got.equals(want)
          ? Optional.empty()
          : Optional.of("content " + got + " differs from source " + want);
    } catch (IOException e) {
      return Optional.of("cannot hash: " + e.getMessage());
    }
  }
}
