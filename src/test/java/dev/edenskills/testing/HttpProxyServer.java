package dev.edenskills.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A forward HTTP proxy on 127.0.0.1 for tests: {@code CONNECT host:port} tunnels and absolute-form
 * requests ({@code GET http://host:port/path}) are forwarded, each on its own connection ({@code
 * Connection: close}), and counted.
 */
public final class HttpProxyServer implements AutoCloseable {
  private final ServerSocket listener;
  private final AtomicInteger requests = new AtomicInteger();
  private final List<Socket> open = new CopyOnWriteArrayList<>();

  private HttpProxyServer() throws IOException {
    listener = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
    Thread.ofPlatform().daemon().name("http-proxy").start(this::acceptLoop);
  }

  public static HttpProxyServer start() {
    try {
      return new HttpProxyServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code http://127.0.0.1:<port>} */
  public String url() {
    return "http://127.0.0.1:" + listener.getLocalPort();
  }

  /** Requests (tunnels included) that went through the proxy. */
  public int requests() {
    return requests.get();
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        open.add(client);
        Thread.ofPlatform().daemon().start(() -> handle(client));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void handle(Socket client) {
    try (client) {
      InputStream in = client.getInputStream();
      String head = readHead(in);
      if (head.isEmpty()) {
        return;
      }
      requests.incrementAndGet();
      String[] lines = head.split("\r\n");
      String[] request = lines[0].split(" ");
      if (request[0].equals("CONNECT")) {
        String[] hostPort = request[1].split(":");
        try (Socket upstream = new Socket(hostPort[0], Integer.parseInt(hostPort[1]))) {
          open.add(upstream);
          client
              .getOutputStream()
              .write(
                  "HTTP/1.1 200 Connection established\r\n\r\n"
                      .getBytes(StandardCharsets.US_ASCII));
          pipe(client, upstream, in);
        }
        return;
      }
      URI uri = URI.create(request[1]);
      try (Socket upstream = new Socket(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort())) {
        open.add(upstream);
        StringBuilder out = new StringBuilder();
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        out.append(request[0])
            .append(' ')
            .append(path)
            .append(' ')
            .append(request[2])
            .append("\r\n");
        for (int i = 1; i < lines.length; i++) {
          String lower = lines[i].toLowerCase(java.util.Locale.ROOT);
          if (!lower.startsWith("connection:") && !lower.startsWith("proxy-connection:")) {
            out.append(lines[i]).append("\r\n");
          }
        }
        out.append("Connection: close\r\n\r\n");
        upstream.getOutputStream().write(out.toString().getBytes(StandardCharsets.ISO_8859_1));
        pipe(client, upstream, in);
      }
    } catch (IOException | RuntimeException e) {
      // the client or the server went away; nothing to report in a test fixture
    }
  }

  /**
   * Copies both ways until the upstream closes; {@code in} is the client's (already read) input.
   */
  private static void pipe(Socket client, Socket upstream, InputStream in) throws IOException {
    Thread up =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  try {
                    in.transferTo(upstream.getOutputStream());
                  } catch (IOException e) {
                    // closed
                  }
                });
    try {
      upstream.getInputStream().transferTo(client.getOutputStream());
    } finally {
      client.shutdownOutput();
      up.interrupt();
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int state = 0;
    int b;
    while ((b = in.read()) >= 0) {
      head.write(b);
      state =
          switch (state) {
            case 0, 2 -> b == '\r' ? state + 1 : 0;
            case 1 -> b == '\n' ? 2 : 0;
            case 3 -> b == '\n' ? 4 : 0;
            default -> 0;
          };
      if (state == 4) {
        break;
      }
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException e) {
      // closing anyway
    }
    for (Socket s : open) {
      try {
        s.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
  }
}
