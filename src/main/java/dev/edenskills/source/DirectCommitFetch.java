package dev.edenskills.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.HttpTransport;
import org.eclipse.jgit.transport.PackParser;
import org.eclipse.jgit.transport.http.HttpConnection;
import org.eclipse.jgit.util.HttpSupport;

/**
 * Fetches known commits (a lock's pins) over smart HTTP with protocol v2 in two requests: the
 * capability advertisement, then {@code fetch} with {@code want <id>} straight away. JGit always
 * lists refs first ({@code ls-refs}, a third request), which a pinned commit does not need. A
 * server that does not speak v2, or refuses the want, gets {@link Outcome#REFUSED} and the caller
 * fetches the ordinary way.
 */
final class DirectCommitFetch {
  /** How a direct fetch ended. */
  enum Outcome {
    FETCHED,
    REFUSED
  }

  private static final String UPLOAD_PACK = "git-upload-pack";

  private DirectCommitFetch() {}

  /**
   * True for http(s) URLs whose TLS is verified: with {@code http.sslVerify=false} JGit's own
   * connection setup, which honours it, does the fetch.
   */
  static boolean applies(String url) {
    String scheme = URI.create(url).getScheme();
    if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
      return false;
    }
    String verify =
        GitEnvironment.gitConfig().http("sslVerify", url).orElse("true").toLowerCase(Locale.ROOT);
    return !List.of("false", "no", "off", "0").contains(verify);
  }

  /**
   * Tries to fetch {@code ids} (depth 1) from {@code url} into {@code repo}.
   *
   * @param token a GitHub token for {@code url}, if one applies
   */
  static Outcome fetch(
      Repository repo, String url, List<ObjectId> ids, int timeoutSecs, Optional<String> token)
      throws IOException {
    String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    HttpConnection refs =
        open(base + "/info/refs?service=" + UPLOAD_PACK, "GET", timeoutSecs, token);
    refs.setRequestProperty("Accept", "application/x-" + UPLOAD_PACK + "-advertisement");
    if (refs.getResponseCode() != 200) {
      return Outcome.REFUSED;
    }
    boolean shallow;
    try (InputStream in = refs.getInputStream()) {
      Optional<Boolean> caps = capabilities(new PktLines(in));
      if (caps.isEmpty()) {
        return Outcome.REFUSED;
      }
      shallow = caps.get();
    }
    byte[] body = request(ids, shallow);
    HttpConnection post = open(base + "/" + UPLOAD_PACK, "POST", timeoutSecs, token);
    post.setRequestProperty("Content-Type", "application/x-" + UPLOAD_PACK + "-request");
    post.setRequestProperty("Accept", "application/x-" + UPLOAD_PACK + "-result");
    post.setDoOutput(true);
    post.setFixedLengthStreamingMode(body.length);
    try (OutputStream out = post.getOutputStream()) {
      out.write(body);
    }
    if (post.getResponseCode() != 200) {
      return Outcome.REFUSED;
    }
    try (InputStream in = post.getInputStream()) {
      return receive(repo, new PktLines(in));
    }
  }

  private static HttpConnection open(
      String url, String method, int timeoutSecs, Optional<String> token) throws IOException {
    URL u = URI.create(url).toURL();
    HttpConnection c =
        HttpTransport.getConnectionFactory()
            .create(u, HttpSupport.proxyFor(ProxySelector.getDefault(), u));
    c.setRequestMethod(method);
    c.setUseCaches(false);
    c.setInstanceFollowRedirects(true);
    c.setRequestProperty("Git-Protocol", "version=2");
    c.setRequestProperty("User-Agent", "git/2.0 (eden-skills)");
    if (timeoutSecs > 0) {
      c.setConnectTimeout(timeoutSecs * 1000);
      c.setReadTimeout(timeoutSecs * 1000);
    }
    token.ifPresent(
        t ->
            c.setRequestProperty(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(("x-access-token:" + t).getBytes(StandardCharsets.UTF_8))));
    return c;
  }

  /** Empty unless the server speaks v2 with {@code fetch}; else whether it can deepen. */
  private static Optional<Boolean> capabilities(PktLines in) throws IOException {
    String first = in.line();
    if (first != null && first.startsWith("# service=")) {
      in.line(); // the flush after the service line
      first = in.line();
    }
    if (!"version 2".equals(first)) {
      return Optional.empty();
    }
    boolean fetch = false;
    boolean shallow = false;
    for (String line = in.line(); line != null; line = in.line()) {
      if (line.equals("fetch") || line.startsWith("fetch=")) {
        fetch = true;
        shallow =
            List.of(line.substring(Math.min(line.length(), 6)).split(" ")).contains("shallow");
      }
    }
    return fetch ? Optional.of(shallow) : Optional.empty();
  }

  private static byte[] request(List<ObjectId> ids, boolean shallow) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    PktLines.write(b, "command=fetch\n");
    b.writeBytes("0001".getBytes(StandardCharsets.US_ASCII));
    PktLines.write(b, "ofs-delta\n");
    PktLines.write(b, "no-progress\n");
    if (shallow) {
      PktLines.write(b, "deepen 1\n");
    }
    for (ObjectId id : ids) {
      PktLines.write(b, "want " + id.name() + "\n");
    }
    PktLines.write(b, "done\n");
    b.writeBytes("0000".getBytes(StandardCharsets.US_ASCII));
    return b.toByteArray();
  }

  private static Outcome receive(Repository repo, PktLines in) throws IOException {
    Set<ObjectId> shallowCommits = new HashSet<>();
    for (String section = in.line(); ; section = in.line()) {
      if (section == null || section.startsWith("ERR ")) {
        return Outcome.REFUSED;
      }
      switch (section) {
        case "shallow-info" -> {
          for (String line = in.line(); line != null; line = in.line()) {
            if (line.startsWith("shallow ")) {
              shallowCommits.add(ObjectId.fromString(line.substring(8)));
            }
          }
        }
        case "packfile" -> {
          try (ObjectInserter ins = repo.newObjectInserter()) {
            PackParser parser = ins.newPackParser(in.sideband());
            parser.setAllowThin(false);
            parser.parse(NullProgressMonitor.INSTANCE);
            ins.flush();
          }
          if (!shallowCommits.isEmpty()) {
            Set<ObjectId> all = new HashSet<>(repo.getObjectDatabase().getShallowCommits());
            all.addAll(shallowCommits);
            repo.getObjectDatabase().setShallowCommits(all);
          }
          return Outcome.FETCHED;
        }
        default -> {
          // acknowledgments or an unknown section: skip to its end
          while (in.line() != null) {
            // skip
          }
        }
      }
    }
  }

  static List<ObjectId> ids(List<String> refs) {
    List<ObjectId> ids = new ArrayList<>();
    for (String ref : refs) {
      ids.add(ObjectId.fromString(ref));
    }
    return ids;
  }
}
