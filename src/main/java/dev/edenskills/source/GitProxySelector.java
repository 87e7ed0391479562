package dev.edenskills.source;

import dev.edenskills.common.Env;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the proxy for an HTTP(S) request the way git (through curl) does: {@code http.proxy} from
 * git config first, else {@code https_proxy}/{@code HTTPS_PROXY} for https, {@code http_proxy}
 * (lower case only, as curl: the upper-case form can be set by a CGI request) for http, then {@code
 * all_proxy}/{@code ALL_PROXY}; hosts in {@code no_proxy}/{@code NO_PROXY} go direct. Anything that
 * is not HTTP(S) (the git:// transport's sockets) always goes direct.
 */
final class GitProxySelector extends ProxySelector {
  private static final int DEFAULT_PORT = 1080;

  private final Env env;
  private final GitUserConfig config;

  GitProxySelector(Env env, GitUserConfig config) {
    this.env = env;
    this.config = config;
  }

  @Override
  public List<Proxy> select(URI uri) {
    return List.of(proxyFor(uri).orElse(Proxy.NO_PROXY));
  }

  Optional<Proxy> proxyFor(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      return Optional.empty();
    }
    Optional<String> setting =
        config
            .http("proxy", uri.toString())
            .or(
                () ->
                    scheme.equals("https")
                        ? var("https_proxy").or(() -> var("HTTPS_PROXY"))
                        : var("http_proxy"))
            .or(() -> var("all_proxy"))
            .or(() -> var("ALL_PROXY"));
    if (setting.isEmpty() || bypassed(uri.getHost())) {
      return Optional.empty();
    }
    return parse(setting.get());
  }

  private Optional<String> var(String name) {
    return env.get(name).map(String::strip).filter(s -> !s.isEmpty());
  }

  /** curl's no_proxy: {@code *}, or comma-separated hosts matching exactly or as a domain. */
  private boolean bypassed(String host) {
    String list = var("no_proxy").or(() -> var("NO_PROXY")).orElse("");
    String h = strip(host.toLowerCase(Locale.ROOT));
    for (String raw : list.split(",")) {
      String entry = raw.strip().toLowerCase(Locale.ROOT);
      if (entry.equals("*")) {
        return true;
      }
      int colon = entry.lastIndexOf(':');
      if (colon > 0 && !entry.contains("]") && entry.indexOf(':') == colon) {
        entry = entry.substring(0, colon); // host:port; the port is not compared
      }
      entry = strip(entry);
      while (entry.startsWith(".")) {
        entry = entry.substring(1);
      }
      if (!entry.isEmpty() && (h.equals(entry) || h.endsWith("." + entry))) {
        return true;
      }
    }
    return false;
  }

  private static String strip(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  /** {@code [scheme://][user@]host[:port][/]}; socks schemes make a SOCKS proxy. */
  static Optional<Proxy> parse(String setting) {
    String s = setting.strip();
    Proxy.Type type = Proxy.Type.HTTP;
    int sep = s.indexOf("://");
    if (sep >= 0) {
      String scheme = s.substring(0, sep).toLowerCase(Locale.ROOT);
      if (scheme.startsWith("socks")) {
        type = Proxy.Type.SOCKS;
      } else if (!scheme.equals("http") && !scheme.equals("https")) {
        return Optional.empty();
      }
      s = s.substring(sep + 3);
    }
    int slash = s.indexOf('/');
    if (slash >= 0) {
      s = s.substring(0, slash);
    }
    s = s.substring(s.lastIndexOf('@') + 1);
    String host = s;
    int port = DEFAULT_PORT;
    int colon = s.lastIndexOf(':');
    if (colon > 0 && colon > s.lastIndexOf(']')) {
      host = s.substring(0, colon);
      try {
        port = Integer.parseInt(s.substring(colon + 1));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    host = strip(host);
    if (host.isEmpty() || port <= 0 || port > 65535) {
      return Optional.empty();
    }
    return Optional.of(new Proxy(type, InetSocketAddress.createUnresolved(host, port)));
  }

  @Override
  public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
    // Nothing to learn: there is one proxy or none.
  }
}
