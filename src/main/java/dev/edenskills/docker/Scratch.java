package dev.edenskills.docker;

import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.ExitTasks;
import dev.edenskills.common.Problem;
import dev.edenskills.common.SafeDelete;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Host-side scratch space for one run: staged copies on their way into a container and copies of
 * targets taken out to be hashed. Created on first use, deleted when the JVM exits.
 */
final class Scratch {
  private Path root;
  private int next;

  /** A new, empty directory under the scratch root. */
  synchronized Path fresh() {
    try {
      if (root == null) {
        root = Files.createTempDirectory("eden-skills-docker-");
        Path r = root;
        ExitTasks.register(
            () -> {
              try {
                SafeDelete.tree(r);
              } catch (IOException ignored) {
                // a temp directory the OS cleans up eventually
              }
            });
      }
      return Files.createDirectory(root.resolve(Integer.toString(next++)));
    } catch (IOException e) {
      throw Problem.runtime(
          ErrorCode.TARGET_IO,
          "cannot create a scratch directory: " + e,
          "check the temp directory",
          e);
    }
  }
}
