package dev.edenskills.cli;

import dev.edenskills.common.Problem;
import dev.edenskills.discovery.SafeText;

/**
 * What {@code install} does with options that only make sense with a package registry (CONTRACT
 * §11). No registry is configured in this build, so each is a usage error; the one place to change
 * when registries arrive.
 */
final class RegistryOptions {
  private RegistryOptions() {}

  /** {@code install <src> --version REQ}: refused until a registry can resolve REQ. */
  static Problem versionWithoutRegistry(String requirement) {
    return Problem.usage(
        "REGISTRY_NOT_CONFIGURED",
        "--version "
            + SafeText.escape(requirement)
            + " needs a skill registry, and no registry is configured",
        "install from git at a tag or commit instead: --ref <tag>");
  }
}
