package dev.edenskills.config;

import java.util.Locale;
import java.util.Optional;

/** How a skill is placed at its target: a symlink into the store, or a copy. */
public enum InstallMode {
  SYMLINK,
  COPY;

  /** The spelling used in skills.toml, the lock and output. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<InstallMode> parse(String s) {
    for (InstallMode m : values()) {
      if (m.id().equals(s)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
