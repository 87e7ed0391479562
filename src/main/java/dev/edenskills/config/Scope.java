package dev.edenskills.config;

import java.util.Locale;
import java.util.Optional;

/** Whether a target is the agent's per-user skill root or its per-project one. */
public enum Scope {
  GLOBAL,
  PROJECT;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Scope> parse(String s) {
    for (Scope v : values()) {
      if (v.id().equals(s)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
