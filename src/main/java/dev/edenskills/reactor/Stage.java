package dev.edenskills.reactor;

import java.util.Locale;

/** Where in a Phase A task a failure happened (CONTRACT §6: {@code stage=...}). */
public enum Stage {
  CLONE,
  FETCH,
  CHECKOUT,
  MATERIALIZE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
