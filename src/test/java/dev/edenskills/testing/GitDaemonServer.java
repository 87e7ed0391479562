package dev.edenskills.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.eclipse.jgit.transport.Daemon;
import org.eclipse.jgit.transport.DaemonClient;
import org.eclipse.jgit.transport.resolver.FileResolver;

/**
 * A {@code git://} server on 127.0.0.1 for tests: JGit's own {@link Daemon} exporting every
 * repository under one root (see {@link TestRepos}); needs nothing outside the JVM.
 */
public final class GitDaemonServer implements AutoCloseable {
  private final Daemon daemon;

  private GitDaemonServer(Path root) throws IOException {
    daemon = new Daemon(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    daemon.setRepositoryResolver(new FileResolver<DaemonClient>(root.toFile(), true));
    daemon.start();
  }

  /** Serves every repository under {@code root}. */
  public static GitDaemonServer start(Path root) {
    try {
      return new GitDaemonServer(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return daemon.getAddress().getPort();
  }

  /**
   * The clone URL of repository {@code name} ({@code acme/skills} → {@code .../acme/skills.git}).
   */
  public String url(String name) {
    return "git://127.0.0.1:" + port() + "/" + (name.endsWith(".git") ? name : name + ".git");
  }

  @Override
  public void close() {
    try {
      daemon.stopAndWait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
