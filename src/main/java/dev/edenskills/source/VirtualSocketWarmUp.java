package dev.edenskills.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * One loopback socket read on a virtual thread, before Phase A forks: the JDK initialises its
 * virtual-thread I/O poller on the first such read, and every other virtual thread reading a socket
 * meanwhile stays pinned waiting for that (58 ms measured with JFR).
 */
final class VirtualSocketWarmUp {
  private VirtualSocketWarmUp() {}

  static void run() throws IOException, InterruptedException {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread reader =
          Thread.ofVirtual()
              .start(
                  () -> {
                    try (Socket s =
                            new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                        InputStream in = s.getInputStream()) {
                      in.read();
                    } catch (IOException e) {
                      // best effort
                    }
                  });
      try (Socket accepted = server.accept();
          OutputStream out = accepted.getOutputStream()) {
        Thread.sleep(5); // let the reader park in the poller before it gets its byte
        out.write(1);
      }
      reader.join(1_000);
    }
  }
}
