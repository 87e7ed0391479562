package dev.edenskills.source;

import java.io.EOFException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedByInterruptException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;

/**
 * Turns what JGit throws into one line a user can act on. Whether trying again could help is {@link
 * RetryPolicy}'s decision, by type, not this class's reading of messages.
 */
final class GitErrors {
  private static final Pattern HTTP_5XX = Pattern.compile("(^|[^0-9.:])5\\d\\d [a-z]");

  private GitErrors() {}

  /** What went wrong, in one line. */
  record Classified(String detail) {}

  static Classified classify(Throwable error, String url, int timeoutSecs) {
    String where = redact(url);
    // URLs carry port numbers that would look like HTTP status codes.
    String text =
        messages(error)
            .replaceAll("[A-Za-z][A-Za-z0-9+.-]*://\\S*", "<url>")
            .toLowerCase(Locale.ROOT);
    if (has(error, NoRemoteRepositoryException.class)
        || text.contains("repository not found")
        || text.contains("not exported")
        || text.contains("does not appear to be a git repository")
        || status(text, "404")) {
      return new Classified("repository not found at " + where);
    }
    if (text.contains("not authorized")
        || text.contains("authentication is required")
        || text.contains("auth fail")
        || status(text, "401")
        || status(text, "403")) {
      return new Classified("authentication failed for " + where);
    }
    if (text.contains("not our ref")
        || text.contains("not valid")
        || text.contains("does not have")
        || text.contains("upload-pack: not our")) {
      return new Classified("requested commit not available at " + where);
    }
    if (has(error, SocketTimeoutException.class) || text.contains("timed out")) {
      String after = timeoutSecs > 0 ? " after " + timeoutSecs + "s" : "";
      return new Classified("timed out" + after + " talking to " + where);
    }
    if (has(error, ConnectException.class) || text.contains("connection refused")) {
      return new Classified("connection refused by " + where);
    }
    if (has(error, UnknownHostException.class) || text.contains("unknown host")) {
      return new Classified("cannot resolve host of " + where);
    }
    if (HTTP_5XX.matcher(text).find()) {
      return new Classified("server error at " + where + ": " + firstLine(error));
    }
    if (has(error, SocketException.class)
        || has(error, EOFException.class)
        || text.contains("premature eof")
        || text.contains("connection reset")
        || text.contains("unexpected end")
        || text.contains("short read")
        || text.contains("truncated")) {
      return new Classified("connection reset while receiving pack from " + where);
    }
    return new Classified(firstLine(error) + " (" + where + ")");
  }

  /** True when {@code error} is (or was caused by) an interruption of the running thread. */
  static boolean isInterruption(Throwable error) {
    return has(error, InterruptedException.class)
        || has(error, InterruptedIOException.class) && !has(error, SocketTimeoutException.class)
        || has(error, ClosedByInterruptException.class)
        || messages(error).contains("Closed by interrupt");
  }

  /** The URL without user info, for messages and logs. */
  static String redact(String url) {
    return url.replaceFirst("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@", "$1");
  }

  private static String firstLine(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String msg = error.getMessage() != null ? error.getMessage() : root.toString();
    return msg.lines().findFirst().orElse(msg).strip();
  }

  private static boolean status(String text, String code) {
    return Pattern.compile("(^|[^0-9.:])" + code + "([^0-9]|$)").matcher(text).find();
  }

  private static boolean has(Throwable error, Class<? extends Throwable> type) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String messages(Throwable error) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      all.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
    }
    return all.toString();
  }
}
