package dev.edenskills.config;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.semver4j.Semver;
import org.semver4j.range.RangeList;
import org.semver4j.range.RangeListFactory;

/**
 * A SemVer requirement in npm/cargo syntax ({@code ^1.2}, {@code ~1.2.3}, {@code >=1.0 <2.0},
 * {@code 1.x}, {@code 1.2.3}, {@code *}), backed by semver4j. Picks the highest matching version,
 * stable before pre-release: a pre-release is chosen only when no stable version matches.
 */
public final class VersionReq {
  private final String text;
  private final RangeList stableOnly;
  private final RangeList withPreReleases;

  private VersionReq(String text, RangeList stableOnly, RangeList withPreReleases) {
    this.text = text;
    this.stableOnly = stableOnly;
    this.withPreReleases = withPreReleases;
  }

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException with a message for the user when it is not a requirement
   */
  public static VersionReq parse(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException(
          "the version requirement is empty; use \"*\" for any version");
    }
    // semver4j answers an unparseable range with an empty range list rather than an error.
    RangeList stable = RangeListFactory.create(t, false);
    if (stable.get().isEmpty()) {
      throw new IllegalArgumentException(
          "'"
              + t
              + "' is not a SemVer requirement; write e.g. \"^1.2\", \"~1.2.3\", \">=1.0 <2.0\","
              + " \"1.x\", \"1.2.3\" or \"*\"");
    }
    return new VersionReq(t, stable, RangeListFactory.create(t, true));
  }

  /** Why {@code text} is not a requirement, or empty when it is one. */
  public static Optional<String> problem(String text) {
    try {
      parse(text);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** True when {@code version} is strict SemVer ({@code 1.2.3}, {@code 1.2.3-rc.1}). */
  public static boolean isVersion(String version) {
    return Semver.isValid(version);
  }

  /** Whether {@code version} (strict SemVer) satisfies this requirement, pre-releases included. */
  public boolean matches(String version) {
    Semver v = Semver.parse(version);
    return v != null && withPreReleases.isSatisfiedBy(v);
  }

  /**
   * The best of {@code versions} (strict SemVer strings): highest stable match, else pre-release.
   */
  public Optional<String> best(List<String> versions) {
    Map<Semver, String> parsed = new LinkedHashMap<>();
    for (String v : versions) {
      Semver s = Semver.parse(v);
      if (s != null) {
        parsed.put(s, v);
      }
    }
    Optional<Semver> stable =
        parsed.keySet().stream().filter(stableOnly::isSatisfiedBy).max(Comparator.naturalOrder());
    return stable
        .or(
            () ->
                parsed.keySet().stream()
                    .filter(withPreReleases::isSatisfiedBy)
                    .max(Comparator.naturalOrder()))
        .map(parsed::get);
  }

  /** Newer than {@code version} in SemVer order. */
  public static boolean newer(String candidate, String version) {
    Semver a = Semver.parse(candidate);
    Semver b = Semver.parse(version);
    return a != null && b != null && a.isGreaterThan(b);
  }

  @Override
  public String toString() {
    return text;
  }
}
