package dev.edenskills.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.jgit.transport.http.HttpConnection;

/**
 * {@code http.sslCAInfo} from git config: the PEM bundle that replaces the default certificate
 * authorities for https fetches, as it does for git (curl). {@code http.sslVerify} needs nothing
 * here: JGit reads it from the user config {@link GitEnvironment} hands it.
 */
final class GitTls {
  private static final Map<Path, TrustManager[]> TRUST = new ConcurrentHashMap<>();

  private GitTls() {}

  /** {@code conn} trusting only the configured CA bundle for its URL, if any. */
  static HttpConnection configure(HttpConnection conn, URL url) throws IOException {
    if (!"https".equalsIgnoreCase(url.getProtocol())) {
      return conn;
    }
    var bundle = GitEnvironment.gitConfig().http("sslCAInfo", url.toString());
    if (bundle.isEmpty()) {
      return conn;
    }
    Path file = Path.of(bundle.get());
    try {
      conn.configure(null, TRUST.computeIfAbsent(file, GitTls::load), null);
    } catch (GeneralSecurityException | IllegalStateException e) {
      throw new IOException("cannot use http.sslCAInfo " + file + ": " + e.getMessage(), e);
    }
    return conn;
  }

  private static TrustManager[] load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int n = 0;
      for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        store.setCertificateEntry("ca-" + n++, c);
      }
      if (n == 0) {
        throw new IllegalStateException("no certificate in the file");
      }
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(store);
      return tmf.getTrustManagers();
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
