package dev.edenskills.config;

import java.util.Optional;

/** A post-install verification check (CONTRACT §3). */
public enum VerifyCheck {
  PATH_EXISTS("path-exists"),
  TARGET_RESOLVES("target-resolves"),
  IS_SYMLINK("is-symlink"),
  CONTENT_PRESENT("content-present"),
  CONTENT_MATCHES("content-matches");

  private final String id;

  VerifyCheck(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<VerifyCheck> parse(String s) {
    for (VerifyCheck c : values()) {
      if (c.id.equals(s)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
