package dev.edenskills.source;

import dev.edenskills.common.Env;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Config;

/**
 * The few settings of the user's and the system's git config that fetching honours, as git does:
 * {@code url.<base>.insteadOf} and {@code http[.<url>].proxy|sslVerify|sslCAInfo}. Files are read
 * in git's order (system, {@code $XDG_CONFIG_HOME/git/config}, {@code ~/.gitconfig}; later wins)
 * and copied key by key into an in-memory config: nothing else (credential helpers, {@code
 * core.sshCommand}, includes, hooks) ever reaches JGit, and nothing is written back.
 */
public final class GitUserConfig {
  /** Keys of the {@code http} section (and its per-URL subsections) that are copied. */
  private static final Set<String> HTTP_KEYS = Set.of("proxy", "sslverify", "sslcainfo");

  /** Larger than any hand-written git config; a bigger file is skipped. */
  private static final long MAX_BYTES = 1024 * 1024;

  private static final GitUserConfig NONE = new GitUserConfig(new Config());

  private final Config config;

  private GitUserConfig(Config config) {
    this.config = config;
  }

  /** No settings at all. */
  public static GitUserConfig none() {
    return NONE;
  }

  /** Reads the config files git would for {@code env} (HOME from {@link Env#home()}). */
  public static GitUserConfig load(Env env) {
    Config merged = new Config();
    for (Path file : files(env)) {
      read(file).ifPresent(c -> copy(c, merged));
    }
    return new GitUserConfig(merged);
  }

  /** git's files in reading order; {@code GIT_CONFIG_NOSYSTEM}/{@code _SYSTEM}/{@code _GLOBAL}. */
  static List<Path> files(Env env) {
    List<Path> files = new ArrayList<>();
    if (!truthy(env.get("GIT_CONFIG_NOSYSTEM").orElse(""))) {
      files.add(Path.of(env.get("GIT_CONFIG_SYSTEM").orElse("/etc/gitconfig")));
    }
    Optional<String> global = env.get("GIT_CONFIG_GLOBAL");
    if (global.isPresent()) {
      files.add(Path.of(global.get()));
      return files;
    }
    Path xdg =
        env.get("XDG_CONFIG_HOME")
            .filter(s -> !s.isBlank())
            .map(Path::of)
            .orElse(env.home().resolve(".config"));
    files.add(xdg.resolve("git/config"));
    files.add(env.home().resolve(".gitconfig"));
    return files;
  }

  private static boolean truthy(String v) {
    return !v.isEmpty() && !v.equals("0") && !v.equalsIgnoreCase("false");
  }

  private static Optional<Config> read(Path file) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
        return Optional.empty();
      }
      Config c = new Config();
      // A plain Config resolves no [include]: only this file's own text is read.
      c.fromText(Files.readString(file, StandardCharsets.UTF_8));
      return Optional.of(c);
    } catch (IOException | ConfigInvalidException | RuntimeException e) {
      // An unreadable or broken file is ignored, as if absent: git would refuse to run instead,
      // but the settings here are conveniences, and fetching can still work without them.
      return Optional.empty();
    }
  }

  private static void copy(Config from, Config to) {
    for (String base : from.getSubsections("url")) {
      String[] values = from.getStringList("url", base, "insteadOf");
      if (values.length > 0) {
        List<String> all = new ArrayList<>(List.of(to.getStringList("url", base, "insteadOf")));
        all.addAll(List.of(values));
        to.setStringList("url", base, "insteadOf", all);
      }
    }
    copyHttp(from, to, null);
    for (String url : from.getSubsections("http")) {
      copyHttp(from, to, url);
    }
  }

  private static void copyHttp(Config from, Config to, String subsection) {
    for (String name : from.getNames("http", subsection)) {
      if (HTTP_KEYS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
        String value = from.getString("http", subsection, name);
        if (value != null) {
          to.setString("http", subsection, name, value);
        }
      }
    }
  }

  /** The config text JGit sees as the user config (http.sslVerify is read by JGit itself). */
  String toText() {
    return config.toText();
  }

  /**
   * {@code url} rewritten by the longest matching {@code url.<base>.insteadOf} prefix, as git does;
   * unchanged when none matches.
   */
  public String rewrite(String url) {
    String best = null;
    String bestBase = null;
    for (String base : config.getSubsections("url")) {
      for (String prefix : config.getStringList("url", base, "insteadOf")) {
        if (!prefix.isEmpty()
            && url.startsWith(prefix)
            && (best == null || prefix.length() > best.length())) {
          best = prefix;
          bestBase = base;
        }
      }
    }
    return best == null ? url : bestBase + url.substring(best.length());
  }

  /**
   * {@code http.<url>.<key>} for the longest {@code <url>} that prefixes {@code target}, else
   * {@code http.<key>}: git's per-URL rule, simplified to prefixes.
   */
  Optional<String> http(String key, String target) {
    String best = null;
    for (String url : config.getSubsections("http")) {
      String normalized = url.endsWith("/") ? url : url + "/";
      if ((target.startsWith(normalized) || target.equals(url))
          && config.getString("http", url, key) != null
          && (best == null || url.length() > best.length())) {
        best = url;
      }
    }
    return Optional.ofNullable(config.getString("http", best, key)).filter(s -> !s.isBlank());
  }
}
