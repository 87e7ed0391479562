package dev.edenskills.safety;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What the scanner gets besides the directory: facts only the caller knows.
 *
 * @param declaredLicense the {@code license} field of SKILL.md's front matter, if any
 * @param repoRoot the repository (snapshot) root, searched for a license file when the skill
 *     directory has none; ignored unless it contains {@code skillDir}
 * @param symlinkOutsideRepo materialization rejected a symlink leaving the repository
 */
public record ScanInput(
    Path skillDir,
    Optional<String> declaredLicense,
    Optional<Path> repoRoot,
    boolean symlinkOutsideRepo) {
  public ScanInput {
    Objects.requireNonNull(skillDir, "skillDir");
    Objects.requireNonNull(declaredLicense, "declaredLicense");
    Objects.requireNonNull(repoRoot, "repoRoot");
  }

  public static ScanInput of(Path skillDir) {
    return new ScanInput(skillDir, Optional.empty(), Optional.empty(), false);
  }

  public ScanInput withDeclaredLicense(String license) {
    return new ScanInput(skillDir, Optional.of(license), repoRoot, symlinkOutsideRepo);
  }

  public ScanInput withRepoRoot(Path root) {
    return new ScanInput(skillDir, declaredLicense, Optional.of(root), symlinkOutsideRepo);
  }

  public ScanInput withSymlinkOutsideRepo() {
    return new ScanInput(skillDir, declaredLicense, repoRoot, true);
  }
}
