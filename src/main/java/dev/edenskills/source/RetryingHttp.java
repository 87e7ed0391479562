package dev.edenskills.source;

import java.io.IOException;
import java.net.Proxy;
import java.net.URL;
import java.security.GeneralSecurityException;
import java.util.Optional;
import org.eclipse.jgit.transport.http.HttpConnection;
import org.eclipse.jgit.transport.http.HttpConnectionFactory;
import org.eclipse.jgit.transport.http.HttpConnectionFactory2;

/**
 * JGit's HTTP connections with a retry of each single request the server answers "temporarily
 * unavailable" (502, 503, 504). One fetch makes about five requests, so retrying only the whole
 * fetch lets a server that sheds 20 % of its requests fail a third of all repositories even with
 * two retries; retrying the request that failed (same method, headers and buffered body) keeps the
 * failure rate at the per-request rate to the power of the attempts. The budget is {@code [reactor]
 * retries}, bound per fetch through {@link #RETRIES}; unbound means no request retries.
 */
final class RetryingHttp implements HttpConnectionFactory2 {
  /** Extra attempts per HTTP request in the current fetch. */
  static final ScopedValue<Integer> RETRIES = ScopedValue.newInstance();

  private final HttpConnectionFactory base;

  RetryingHttp(HttpConnectionFactory base) {
    this.base = base;
  }

  /** The factory this one wraps (so installing twice never stacks wrappers). */
  HttpConnectionFactory base() {
    return base;
  }

  @Override
  public HttpConnection create(URL url) throws IOException {
    return new ReplayingConnection.Conn(() -> GitTls.configure(base.create(url), url));
  }

  @Override
  public HttpConnection create(URL url, Proxy proxy) throws IOException {
    return new ReplayingConnection.Conn(() -> GitTls.configure(base.create(url, proxy), url));
  }

  @Override
  public GitSession newSession() {
    Optional<GitSession> real =
        base instanceof HttpConnectionFactory2 f2 ? Optional.of(f2.newSession()) : Optional.empty();
    return new GitSession() {
      @Override
      public HttpConnection configure(HttpConnection c, boolean sslVerify)
          throws IOException, GeneralSecurityException {
        if (real.isEmpty()) {
          return c;
        }
        if (c instanceof ReplayingConnection.Conn conn) {
          conn.step(d -> real.get().configure(d, sslVerify));
          return conn;
        }
        return real.get().configure(c, sslVerify);
      }

      @Override
      public void close() {
        real.ifPresent(GitSession::close);
      }
    };
  }
}
