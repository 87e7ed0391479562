package dev.edenskills.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.ProtocolException;
import java.net.SocketException;
import java.net.URL;
import java.security.GeneralSecurityException;
import java.security.KeyManagementException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.TrustManager;
import org.eclipse.jgit.transport.http.HttpConnection;

/**
 * The connection {@link RetryingHttp} hands to JGit: it records what JGit sets up, and when the
 * server sheds the request or the connection fails before an answer, replays it onto a fresh
 * connection, within the repository's {@link RetryBudget}.
 */
final class ReplayingConnection {
  private ReplayingConnection() {}

  interface Opener {
    HttpConnection open() throws IOException;
  }

  interface Step {
    void apply(HttpConnection c) throws IOException, GeneralSecurityException;
  }

  /** One logical request: setters recorded and replayed onto a fresh connection per attempt. */
  static final class Conn implements HttpConnection {
    private final Opener opener;
    private final List<Step> steps = new ArrayList<>();
    private HttpConnection current;
    private ByteArrayOutputStream body;
    private boolean exchanged;

    Conn(Opener opener) throws IOException {
      this.opener = opener;
      this.current = opener.open();
    }

    void step(Step s) throws IOException, GeneralSecurityException {
      s.apply(current);
      steps.add(s);
    }

    private void record(Step s) {
      try {
        step(s);
      } catch (IOException | GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    /**
     * Sends the request, again on a fresh connection while the server sheds it (502/503/504) or
     * refuses or resets the connection before answering, as long as {@link RetryBudget} allows.
     */
    private void exchange() throws IOException {
      if (exchanged) {
        return;
      }
      exchanged = true;
      RetryBudget budget = RetryBudget.CURRENT.orElse(new RetryBudget(0));
      String request = budget.request(current.getRequestMethod(), current.getURL().getPath());
      budget.take(request);
      for (int attempt = 0; ; attempt++) {
        if (attempt > 0) {
          pause(attempt);
          current = opener.open();
          for (Step s : steps) {
            try {
              s.apply(current);
            } catch (GeneralSecurityException e) {
              throw new IOException(e);
            }
          }
        }
        try {
          if (body != null) {
            try (OutputStream out = current.getOutputStream()) {
              body.writeTo(out);
            }
          }
          int code = current.getResponseCode();
          if (!RetryPolicy.retryableStatus(code) || !budget.take(request)) {
            return;
          }
        } catch (IOException e) {
          // Refused or reset before an answer costs no time; a timeout restarts the fetch instead,
          // so that timeouts stay bounded by the fetch attempts (docs/reactor.md).
          if (!(e instanceof SocketException) || !budget.take(request)) {
            throw e;
          }
        }
      }
    }

    private void pause(int retry) throws InterruptedIOException {
      try {
        RetryPolicy.pause(retry);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting to retry " + getURL());
      }
    }

    /** For accessors that cannot throw: a failed exchange shows up on the next call that can. */
    private void exchangeQuietly() {
      try {
        exchange();
      } catch (IOException e) {
        // getResponseCode()/getInputStream() report it
      }
    }

    @Override
    public int getResponseCode() throws IOException {
      exchange();
      return current.getResponseCode();
    }

    @Override
    public URL getURL() {
      return current.getURL();
    }

    @Override
    public String getResponseMessage() throws IOException {
      exchange();
      return current.getResponseMessage();
    }

    @Override
    public Map<String, List<String>> getHeaderFields() {
      exchangeQuietly();
      return current.getHeaderFields();
    }

    @Override
    public void setRequestProperty(String key, String value) {
      record(c -> c.setRequestProperty(key, value));
    }

    @Override
    public void setRequestMethod(String method) throws ProtocolException {
      record(c -> c.setRequestMethod(method));
    }

    @Override
    public void setUseCaches(boolean usecaches) {
      record(c -> c.setUseCaches(usecaches));
    }

    @Override
    public void setConnectTimeout(int timeout) {
      record(c -> c.setConnectTimeout(timeout));
    }

    @Override
    public void setReadTimeout(int timeout) {
      record(c -> c.setReadTimeout(timeout));
    }

    @Override
    public String getContentType() {
      exchangeQuietly();
      return current.getContentType();
    }

    @Override
    public InputStream getInputStream() throws IOException {
      exchange();
      return current.getInputStream();
    }

    @Override
    public String getHeaderField(String name) {
      exchangeQuietly();
      return current.getHeaderField(name);
    }

    @Override
    public List<String> getHeaderFields(String name) {
      exchangeQuietly();
      return current.getHeaderFields(name);
    }

    @Override
    public int getContentLength() {
      exchangeQuietly();
      return current.getContentLength();
    }

    @Override
    public void setInstanceFollowRedirects(boolean followRedirects) {
      record(c -> c.setInstanceFollowRedirects(followRedirects));
    }

    @Override
    public void setDoOutput(boolean dooutput) {
      record(c -> c.setDoOutput(dooutput));
    }

    @Override
    public void setFixedLengthStreamingMode(int contentLength) {
      record(c -> c.setFixedLengthStreamingMode(contentLength));
    }

    @Override
    public OutputStream getOutputStream() {
      // Buffered so a retry can send it again; fetch requests are small (wants and haves).
      if (body == null) {
        body = new ByteArrayOutputStream();
      }
      return body;
    }

    @Override
    public void setChunkedStreamingMode(int chunklen) {
      record(c -> c.setChunkedStreamingMode(chunklen));
    }

    @Override
    public String getRequestMethod() {
      return current.getRequestMethod();
    }

    @Override
    public boolean usingProxy() {
      return current.usingProxy();
    }

    @Override
    public void connect() throws IOException {
      // Connecting happens when the request is sent (exchange), once per attempt.
    }

    @Override
    public void configure(KeyManager[] km, TrustManager[] tm, SecureRandom random)
        throws NoSuchAlgorithmException, KeyManagementException {
      try {
        step(c -> c.configure(km, tm, random));
      } catch (NoSuchAlgorithmException | KeyManagementException e) {
        throw e;
      } catch (IOException | GeneralSecurityException e) {
        throw new KeyManagementException(e);
      }
    }

    @Override
    public void setHostnameVerifier(HostnameVerifier hostnameverifier)
        throws NoSuchAlgorithmException, KeyManagementException {
      try {
        step(c -> c.setHostnameVerifier(hostnameverifier));
      } catch (NoSuchAlgorithmException | KeyManagementException e) {
        throw e;
      } catch (IOException | GeneralSecurityException e) {
        throw new KeyManagementException(e);
      }
    }
  }
}
