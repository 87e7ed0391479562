package dev.edenskills;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PacketLineOut;
import org.eclipse.jgit.transport.RefAdvertiser.PacketLineOutRefAdvertiser;
import org.eclipse.jgit.transport.UploadPack;

/**
 * A smart-HTTP git server (protocol v2, upload-pack only) on 127.0.0.1 for the AOT training run, so
 * the cache learns the HTTP fetch path people use (JGit's HTTP transport, the JDK's HTTP client,
 * sockets) instead of only the file transport: classes an {@code install --all} over HTTP loads
 * from outside the cache went from 127 to 72 (issue 12). Every {@code /NAME.git} serves the one
 * repository; one request per connection, answered from memory. Not a user-facing server: it stops
 * with {@link #close}.
 */
final class TrainingGitServer implements AutoCloseable {
  private final Repository repo;
  private final ServerSocket socket;
  private final Thread acceptor;

  TrainingGitServer(Repository repo) throws IOException {
    this.repo = repo;
    this.socket = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
    this.acceptor = Thread.ofPlatform().daemon().name("training-git-server").start(this::serve);
  }

  /** {@code http://127.0.0.1:PORT/NAME.git}. */
  String url(String name) {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/" + name + ".git";
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        answer(client.getInputStream(), client.getOutputStream());
      } catch (IOException e) {
        // closed, or a client gave up: training goes on with what it has
      }
    }
  }

  private void answer(InputStream in, OutputStream out) throws IOException {
    String requestLine = line(in);
    Map<String, String> headers = new HashMap<>();
    for (String h = line(in); !h.isEmpty(); h = line(in)) {
      int colon = h.indexOf(':');
      if (colon > 0) {
        headers.put(
            h.substring(0, colon).strip().toLowerCase(Locale.ROOT), h.substring(colon + 1).strip());
      }
    }
    String[] parts = requestLine.split(" ");
    String path = parts.length > 1 ? parts[1] : "";
    boolean v2 = headers.getOrDefault("git-protocol", "").contains("version=2");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String type;
    UploadPack up = new UploadPack(repo);
    up.setBiDirectionalPipe(false);
    if (v2) {
      up.setExtraParameters(List.of("version=2"));
    }
    if (parts[0].equals("GET") && path.contains("/info/refs?service=git-upload-pack")) {
      type = "application/x-git-upload-pack-advertisement";
      PacketLineOut pck = new PacketLineOut(body);
      if (!v2) {
        pck.writeString("# service=git-upload-pack\n");
        pck.end();
      }
      up.sendAdvertisedRefs(new PacketLineOutRefAdvertiser(pck), "git-upload-pack");
    } else if (parts[0].equals("POST") && path.endsWith("/git-upload-pack")) {
      type = "application/x-git-upload-pack-result";
      InputStream request = requestBody(in, headers);
      if ("gzip".equalsIgnoreCase(headers.get("content-encoding"))) {
        request = new GZIPInputStream(request);
      }
      up.upload(request, body, null);
    } else {
      out.write(
          "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return;
    }
    String head =
        "HTTP/1.1 200 OK\r\nContent-Type: %s\r\nCache-Control: no-cache\r\nContent-Length: %d\r\nConnection: close\r\n\r\n"
            .formatted(type, body.size());
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    body.writeTo(out);
    out.flush();
  }

  private static InputStream requestBody(InputStream in, Map<String, String> headers)
      throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16);
          size > 0;
          size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
        body.write(in.readNBytes(size));
        line(in); // the CRLF after each chunk
      }
      for (String trailer = line(in); !trailer.isEmpty(); trailer = line(in)) {
        // no trailers expected; skip any
      }
    } else {
      body.write(in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0"))));
    }
    return new java.io.ByteArrayInputStream(body.toByteArray());
  }

  /** One CRLF- (or LF-) terminated line, without the terminator; "" at end of stream. */
  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
    try {
      acceptor.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
