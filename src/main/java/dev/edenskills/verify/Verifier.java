package dev.edenskills.verify;

import dev.edenskills.adapter.SourceBoundary;
import dev.edenskills.adapter.TreeHash;
import dev.edenskills.config.VerifyCheck;
import dev.edenskills.config.VerifySpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs the configured checks (CONTRACT §3 {@code [skills.verify]}) against an installed target.
 * Reads only; never throws for what it finds, an unreadable target is a failed check.
 */
public final class Verifier {
  /** The file every skill directory must hold (CONTRACT §1). */
  public static final String SKILL_FILE = "SKILL.md";

  private final Optional<Path> storeRoot;

  /** A verifier that follows no symlink out of a skill's own directory. */
  public Verifier() {
    this.storeRoot = Optional.empty();
  }

  /** A verifier comparing content as the store's copies hold it ({@link SourceBoundary}). */
  public Verifier(Path storeRoot) {
    this.storeRoot = Optional.of(storeRoot);
  }

  /**
   * Verifies {@code target} (which should hold {@code source}) with the checks of {@code spec}; a
   * disabled spec runs nothing and passes.
   */
  public VerifyResult verify(String skillId, Path target, Path source, VerifySpec spec) {
    List<CheckFailure> failures = new ArrayList<>();
    if (spec.enabled()) {
      for (VerifyCheck check : spec.checks()) {
        run(check, target, source).ifPresent(m -> failures.add(new CheckFailure(check.id(), m)));
      }
    }
    return new VerifyResult(skillId, target.toString(), failures);
  }

  /** One check: the failure message, empty when it passed. */
  Optional<String> run(VerifyCheck check, Path target, Path source) {
    return switch (check) {
      case PATH_EXISTS ->
          Files.exists(target, LinkOption.NOFOLLOW_LINKS)
              ? Optional.empty()
              : Optional.of("nothing at " + target);
      case TARGET_RESOLVES -> resolves(target, source);
      case IS_SYMLINK ->
          Files.isSymbolicLink(target) ? Optional.empty() : Optional.of("not a symlink");
      case CONTENT_PRESENT -> contentPresent(target);
      case CONTENT_MATCHES -> contentMatches(target, source, boundary(source));
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

  private Path boundary(Path source) {
    return storeRoot.map(root -> SourceBoundary.of(source, root)).orElse(source);
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
