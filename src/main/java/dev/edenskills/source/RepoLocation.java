package dev.edenskills.source;

import dev.edenskills.common.Env;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a skill's {@code repo} points (CONTRACT §2, §3): a remote git repository cloned into the
 * store, or a local directory used live. {@link #parse} throws {@link IllegalArgumentException}
 * whose message is meant for the user; {@link #problem} gives the same message without resolving.
 */
public sealed interface RepoLocation {

  /**
   * A repository fetched into the store.
   *
   * @param fetchUrl what git fetches from (credentials kept, {@code owner/repo} expanded)
   * @param normalized scheme, credentials, {@code .git} and trailing {@code /} stripped, host
   *     lowercased: equal for every spelling of the same repository
   * @param key the store directory name: readable slug + first 10 hex of SHA-256(normalized)
   * @param display the URL without credentials, for output and logs
   */
  record Remote(String fetchUrl, String normalized, String key, String display)
      implements RepoLocation {}

  /** A local directory, absolute and normalized, used as it is on disk. */
  record Local(Path dir) implements RepoLocation {}

  /** Parses {@code raw}; local paths resolve against {@code baseDir} ({@code ~} to the home). */
  static RepoLocation parse(String raw, Env env, Path baseDir) {
    return switch (RepoForms.classify(raw)) {
      case RepoForms.LocalPath p -> new Local(env.expand(p.path(), baseDir));
      case RepoForms.Url u -> remote(u.fetchUrl(), u.normalized(), u.display());
    };
  }

  /** Why {@code raw} is not an accepted repo form, or empty when it is. */
  static Optional<String> problem(String raw) {
    try {
      RepoForms.classify(raw);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** The store key of a normalized URL: readable, and unique because of the hash suffix. */
  static String keyOf(String normalized) {
    String slug = normalized.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
    slug = slug.replaceAll("^[-.]+|-+$", "");
    if (slug.length() > 80) {
      slug = slug.substring(slug.length() - 80).replaceAll("^[-.]+", "");
    }
    return (slug.isEmpty() ? "repo" : slug) + "-" + sha256(normalized).substring(0, 10);
  }

  private static Remote remote(String fetchUrl, String normalized, String display) {
    return new Remote(fetchUrl, normalized, keyOf(normalized), display);
  }

  private static String sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
