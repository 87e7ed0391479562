package dev.edenskills.source;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A local directory source (CONTRACT §3: "./x", "/x", "~/x"): used live, as is, for skill authors.
 * Nothing is fetched or snapshotted; the directory and the skill's subpath just have to exist.
 */
public final class LocalSource {
  private LocalSource() {}

  /**
   * The skill directory {@code dir/subpath}, checked to exist.
   *
   * @throws SyncFailure at stage CHECKOUT when the directory or subpath is missing, or the subpath
   *     leaves the directory
   */
  public static Path skillDir(Path dir, String subpath) throws SyncFailure {
    Path base = dir.toAbsolutePath().normalize();
    if (!Files.isDirectory(base)) {
      throw new SyncFailure(
          SyncStage.CHECKOUT,
          Files.exists(base)
              ? "local source is not a directory: " + base
              : "local source directory not found: " + base);
    }
    Path skill = base.resolve(subpath).normalize();
    if (!skill.startsWith(base)) {
      throw new SyncFailure(SyncStage.CHECKOUT, "subpath '" + subpath + "' leaves " + base);
    }
    if (!Files.isDirectory(skill)) {
      throw new SyncFailure(
          SyncStage.CHECKOUT, "subpath '" + subpath + "' not found in local source " + base);
    }
    return skill;
  }
}
