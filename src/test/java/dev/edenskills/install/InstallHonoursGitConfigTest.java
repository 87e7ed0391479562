package dev.edenskills.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.HttpProxyServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's git config and proxy variables steer fetches as they steer git: {@code insteadOf}
 * mirrors, {@code http.proxy}, {@code http_proxy}/{@code no_proxy}. Everything stays on loopback:
 * the "GitHub" of these tests is rewritten to the test server.
 */
class InstallHonoursGitConfigTest {
  @TempDir Path tmp;

  private static void gitconfig(InstallWorld w, String text) throws Exception {
    Files.writeString(w.home.resolve(".gitconfig"), text);
  }

  @Test
  void insteadOfInTheHomeGitconfigSendsOwnerRepoToTheMirror() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      w.repo("acme/pdf").skill(".", "pdf", "PDF tools").commit("1");
      gitconfig(
          w,
          """
          [url "%s/"]
          \tinsteadOf = https://github.com/
          [credential]
          \thelper = /bin/false-never-run
          [core]
          \tsshCommand = /bin/false-never-run
          """
              .formatted(w.server.baseUrl()));
      CliHarness.Result r = w.install("acme/pdf");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(w.installed()).containsExactly("pdf");
      assertThat(w.skill("pdf").source().repo()).isEqualTo("acme/pdf");
      assertThat(w.server.requests("acme/pdf")).isPositive();
      assertThat(w.home.resolve(".config/jgit")).doesNotExist();
    }
  }

  @Test
  void theXdgGitConfigCountsToo() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      w.repo("acme/pdf").skill(".", "pdf", "PDF tools").commit("1");
      Path xdg = Files.createDirectories(w.home.resolve(".config/git"));
      Files.writeString(
          xdg.resolve("config"),
          "[url \"" + w.server.baseUrl() + "/\"]\n\tinsteadOf = https://github.com/\n");
      CliHarness.Result r = w.install("acme/pdf");
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(w.installed()).containsExactly("pdf");
    }
  }

  @Test
  void httpProxyFromGitConfigCarriesTheFetch() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp);
        HttpProxyServer proxy = HttpProxyServer.start()) {
      w.repo("acme/pdf").skill(".", "pdf", "PDF tools").commit("1");
      gitconfig(w, "[http]\n\tproxy = " + proxy.url() + "\n");
      CliHarness.Result r = w.install(w.url("acme/pdf"));
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(proxy.requests()).isEqualTo(w.server.requests("acme/pdf")).isPositive();
    }
  }

  @Test
  void proxyVariablesAreUsedAndNoProxyBypassesThem() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp);
        HttpProxyServer proxy = HttpProxyServer.start()) {
      w.repo("acme/one").skill(".", "one", "One").commit("1");
      w.repo("acme/two").skill(".", "two", "Two").commit("1");
      w.cli.env("http_proxy", proxy.url());
      CliHarness.Result viaProxy = w.install(w.url("acme/one"));
      assertThat(viaProxy.exitCode()).as(viaProxy.toString()).isZero();
      int proxied = proxy.requests();
      assertThat(proxied).isEqualTo(w.server.requests("acme/one")).isPositive();

      w.cli.env("no_proxy", "example.org, 127.0.0.1");
      CliHarness.Result direct = w.install(w.url("acme/two"));
      assertThat(direct.exitCode()).as(direct.toString()).isZero();
      assertThat(proxy.requests()).isEqualTo(proxied);
      assertThat(w.installed()).containsExactly("one", "two");
    }
  }

  @Test
  void anUnreachableProxyFailsTheFetchSoItIsReallyUsed() throws Exception {
    try (InstallWorld w = new InstallWorld(tmp)) {
      w.repo("acme/one").skill(".", "one", "One").commit("1");
      w.cli.env("HTTPS_PROXY", "http://127.0.0.1:1").env("http_proxy", "http://127.0.0.1:1");
      CliHarness.Result r = w.install(w.url("acme/one"));
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
      assertThat(w.installed()).isEmpty();
    }
  }
}
