package dev.edenskills.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

/**
 * Test JVMs running at the same time (two builds on one machine) share the {@code dockerd} one of
 * them started: each holds a shared lock on a file in the temp directory while it may use the
 * engine, and whichever JVM exits last — it gets the lock exclusively — stops the engine that a
 * test started (its pid is recorded beside the lock). An engine the machine already ran is never
 * stopped. Stopping it at the exit of the JVM that started it broke the other builds' tests.
 */
final class EngineLease {
  private static final Path DIR = Path.of(System.getProperty("java.io.tmpdir"));
  private static final Path LOCK = DIR.resolve("eden-test-dockerd.lock");
  private static final Path PID = DIR.resolve("eden-test-dockerd.pid");

  private final FileChannel channel;
  private FileLock shared;

  private EngineLease(FileChannel channel, FileLock shared) {
    this.channel = channel;
    this.shared = shared;
  }

  /**
   * Takes the lease (waiting while another JVM is stopping the engine) before the engine is looked
   * at, and hands it back when this JVM exits.
   */
  static EngineLease take() {
    try {
      FileChannel channel =
          FileChannel.open(
              LOCK, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      EngineLease lease = new EngineLease(channel, channel.lock(0, Long.MAX_VALUE, true));
      Runtime.getRuntime()
          .addShutdownHook(Thread.ofPlatform().unstarted(lease::releaseAndStopIfLast));
      return lease;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Records the engine this JVM started, for the last JVM to stop. */
  void started(Process dockerd) {
    try {
      Files.writeString(PID, Long.toString(dockerd.pid()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void releaseAndStopIfLast() {
    try {
      shared.release();
      shared = null;
      FileLock alone = channel.tryLock(0, Long.MAX_VALUE, false);
      if (alone == null) {
        return; // another test JVM still uses the engine; the last one stops it
      }
      try {
        if (Files.exists(PID)) {
          long pid = Long.parseLong(Files.readString(PID, StandardCharsets.UTF_8).strip());
          ProcessHandle.of(pid)
              .ifPresent(
                  p -> {
                    p.destroy();
                    p.onExit().orTimeout(20, TimeUnit.SECONDS).exceptionally(t -> p).join();
                  });
          Files.delete(PID);
        }
      } finally {
        alone.release();
      }
    } catch (IOException | RuntimeException e) {
      // At JVM exit there is nobody to report to; the engine keeps running at worst.
    } finally {
      try {
        channel.close();
      } catch (IOException ignored) {
        // closing a lock file at exit
      }
    }
  }
}
