package dev.edenskills.safety;

import java.util.Locale;
import java.util.Optional;

/**
 * How freely a skill's license lets it be used and passed on (CONTRACT §8). NON_PERMISSIVE means
 * copyleft (GPL family, and weak copyleft such as MPL/EPL/LGPL), restricted (non-commercial,
 * no-derivatives) or proprietary: worth a human look, not necessarily forbidden.
 */
public enum LicenseStatus {
  PERMISSIVE,
  NON_PERMISSIVE,
  UNKNOWN;

  /** The spelling in safety files and output: permissive, non-permissive, unknown. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<LicenseStatus> parse(String id) {
    for (LicenseStatus s : values()) {
      if (s.id().equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
