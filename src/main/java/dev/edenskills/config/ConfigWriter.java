package dev.edenskills.config;

/** Writes a config as normalized, deterministic TOML: same config, same bytes. */
public final class ConfigWriter {
  private ConfigWriter() {}

  public static String write(Config config) {
    throw new UnsupportedOperationException("ConfigWriter: not written yet");
  }
}
