package dev.edenskills.plan;

import dev.edenskills.config.InstallMode;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What should be at a target: {@code source} placed at {@code target} in {@code mode}. {@code
 * expectedHash} is the source's {@code TreeHash}, needed to tell whether a copy is current.
 */
public record Desired(
    String skillId, Path source, Path target, InstallMode mode, Optional<String> expectedHash) {
  public Desired {
    source = source.toAbsolutePath().normalize();
    target = target.toAbsolutePath().normalize();
  }
}
