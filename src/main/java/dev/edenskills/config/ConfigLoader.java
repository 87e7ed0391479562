package dev.edenskills.config;

import java.util.List;

/** Parses skills.toml with tomlj and validates it (CONTRACT §3). */
public final class ConfigLoader {
  private ConfigLoader() {}

  /** A valid config and the warnings (unknown keys) found on the way. */
  public record Result(Config config, List<ConfigIssue> warnings) {}

  /**
   * Parses and validates; every error is collected and thrown together as {@link ConfigInvalid}.
   * With {@code strict}, unknown keys are errors instead of warnings.
   */
  public static Result load(String fileName, String text, boolean strict) {
    throw new UnsupportedOperationException("ConfigLoader: not written yet");
  }
}
