package dev.edenskills.source;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** git's pkt-line framing: a 4-hex length, then data; flush and delimiter end a section. */
final class PktLines {
  private final InputStream in;

  PktLines(InputStream in) {
    this.in = in;
  }

  static void write(ByteArrayOutputStream out, String line) {
    byte[] data = line.getBytes(StandardCharsets.UTF_8);
    out.writeBytes("%04x".formatted(data.length + 4).getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(data);
  }

  /** The next line without its newline; null at a flush, delimiter or response end. */
  String line() throws IOException {
    byte[] data = packet();
    if (data == null) {
      return null;
    }
    String s = new String(data, StandardCharsets.UTF_8);
    return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }

  /** The next packet's payload; null for the special packets 0000, 0001, 0002. */
  byte[] packet() throws IOException {
    byte[] head = in.readNBytes(4);
    if (head.length < 4) {
      throw new EOFException("the server's answer ended early");
    }
    int len;
    try {
      len = Integer.parseInt(new String(head, StandardCharsets.US_ASCII), 16);
    } catch (NumberFormatException e) {
      throw new IOException("not a git protocol answer");
    }
    if (len < 4) {
      return null;
    }
    byte[] data = in.readNBytes(len - 4);
    if (data.length < len - 4) {
      throw new EOFException("the server's answer ended early");
    }
    return data;
  }

  /** The pack data of a sideband stream (band 1); band 2 is progress, band 3 an error. */
  InputStream sideband() {
    return new InputStream() {
      private byte[] buf = new byte[0];
      private int pos;
      private boolean done;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        while (pos >= buf.length) {
          if (done) {
            return -1;
          }
          byte[] p = packet();
          if (p == null) {
            done = true;
            return -1;
          }
          if (p.length == 0) {
            continue;
          }
          switch (p[0]) {
            case 1 -> {
              buf = p;
              pos = 1;
            }
            case 2 -> {}
            case 3 ->
                throw new IOException(
                    "remote error: "
                        + new String(p, 1, p.length - 1, StandardCharsets.UTF_8).strip());
            default -> throw new IOException("unknown sideband channel " + p[0]);
          }
        }
        int n = Math.min(len, buf.length - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
      }
    };
  }
}
