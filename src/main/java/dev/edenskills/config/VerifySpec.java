package dev.edenskills.config;

import java.util.List;

/** {@code [skills.verify]}: whether and how an install is checked after it is made. */
public record VerifySpec(boolean enabled, List<VerifyCheck> checks) {
  public VerifySpec {
    checks = List.copyOf(checks);
  }

  /** The default checks of CONTRACT §3 for a mode. */
  public static VerifySpec defaultFor(InstallMode mode) {
    return new VerifySpec(true, defaultChecks(mode));
  }

  public static List<VerifyCheck> defaultChecks(InstallMode mode) {
    return switch (mode) {
      case SYMLINK ->
          List.of(VerifyCheck.PATH_EXISTS, VerifyCheck.TARGET_RESOLVES, VerifyCheck.IS_SYMLINK);
      case COPY -> List.of(VerifyCheck.PATH_EXISTS, VerifyCheck.CONTENT_PRESENT);
    };
  }

  /**
   * The checks for an install that really gets {@code effective} while the config asked for {@code
   * configured} (a container without the store mounted takes copies): default checks follow the
   * mode; checks the user listed stay as written.
   */
  public VerifySpec forMode(InstallMode configured, InstallMode effective) {
    return configured != effective && isDefaultFor(configured) ? defaultFor(effective) : this;
  }

  /** True when these are exactly the defaults for {@code mode} (the writer then omits them). */
  public boolean isDefaultFor(InstallMode mode) {
    return enabled && checks.equals(defaultChecks(mode));
  }
}
