package dev.edenskills.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.common.Env;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which git config settings are taken, how insteadOf picks its rule, and git's proxy choice. */
class GitUserConfigTest {
  @TempDir Path home;

  private Env env(Map<String, String> extra) {
    Map<String, String> vars = new HashMap<>(extra);
    vars.put("HOME", home.toString());
    vars.put("GIT_CONFIG_NOSYSTEM", "1");
    return Env.of(vars, home, Clock.systemUTC(), false);
  }

  @Test
  void onlyInsteadOfAndHttpProxyAndTlsKeysAreTakenAndIncludesAreNotFollowed() throws Exception {
    Files.writeString(
        home.resolve("included"), "[url \"https://evil/\"]\n\tinsteadOf = https://\n");
    Files.writeString(
        home.resolve(".gitconfig"),
        """
        [include]
        \tpath = %s
        [credential]
        \thelper = !rm -rf /
        [core]
        \tsshCommand = touch /tmp/owned
        \tfsmonitor = touch /tmp/owned
        [http]
        \tproxy = http://proxy.example:3128
        \tsslVerify = false
        \tcookieFile = /tmp/cookies
        \textraHeader = X-Leak: 1
        [url "https://mirror.example/"]
        \tinsteadOf = https://github.com/
        [url "https://special.example/"]
        \tinsteadOf = https://github.com/acme/
        """
            .formatted(home.resolve("included")));
    GitUserConfig c = GitUserConfig.load(env(Map.of()));
    String text = c.toText().toLowerCase(java.util.Locale.ROOT);
    assertThat(text)
        .contains("proxy", "sslverify", "insteadof")
        .doesNotContain("helper", "sshcommand", "fsmonitor", "cookiefile", "extraheader", "evil");
    assertThat(c.rewrite("https://github.com/acme/x.git"))
        .isEqualTo("https://special.example/x.git");
    assertThat(c.rewrite("https://github.com/other/y.git"))
        .isEqualTo("https://mirror.example/other/y.git");
    assertThat(c.rewrite("https://gitlab.com/a/b.git")).isEqualTo("https://gitlab.com/a/b.git");
  }

  @Test
  void configProxyWinsOverVariablesAndNoProxyBypassesBoth() throws Exception {
    Files.writeString(home.resolve(".gitconfig"), "[http]\n\tproxy = cfg.example:3128\n");
    Env env =
        env(Map.of("https_proxy", "http://env.example:8080", "no_proxy", ".internal.example"));
    GitProxySelector withConfig = new GitProxySelector(env, GitUserConfig.load(env));
    assertThat(withConfig.proxyFor(URI.create("https://github.com/o/r")))
        .contains(
            new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("cfg.example", 3128)));
    assertThat(withConfig.proxyFor(URI.create("https://git.internal.example/o/r"))).isEmpty();
    assertThat(withConfig.proxyFor(URI.create("socket://github.com:9418"))).isEmpty();

    GitProxySelector envOnly = new GitProxySelector(env, GitUserConfig.none());
    assertThat(envOnly.proxyFor(URI.create("https://github.com/o/r")))
        .contains(
            new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("env.example", 8080)));
    // http_proxy is lower case only (curl); HTTP_PROXY can come from a CGI request header.
    Env upper = env(Map.of("HTTP_PROXY", "http://env.example:8080"));
    assertThat(new GitProxySelector(upper, GitUserConfig.none()).proxyFor(URI.create("http://h/r")))
        .isEmpty();
  }
}
