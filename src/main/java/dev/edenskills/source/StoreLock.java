package dev.edenskills.source;

import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The store's exclusive lock (CONTRACT §6): one mutating command at a time per store. An OS file
 * lock serializes processes; a per-path semaphore serializes callers inside one JVM (the OS lock is
 * per process, and tests run several commands in one JVM).
 */
public final class StoreLock implements AutoCloseable {
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);
  private static final Duration POLL = Duration.ofMillis(100);
  private static final ConcurrentHashMap<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();

  private final Semaphore local;
  private final FileChannel channel;
  private final FileLock lock;
  private final java.util.concurrent.atomic.AtomicBoolean closed =
      new java.util.concurrent.atomic.AtomicBoolean();

  private StoreLock(Semaphore local, FileChannel channel, FileLock lock) {
    this.local = local;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock at {@code lockFile}, waiting up to {@code wait}. {@code waiting} is told once
   * when another holder makes us wait. Throws a runtime {@link Problem} (exit 1) on timeout.
   */
  public static StoreLock acquire(Path lockFile, Duration wait, Consumer<String> waiting)
      throws InterruptedException {
    Path key = lockFile.toAbsolutePath().normalize();
    long deadline = System.nanoTime() + wait.toNanos();
    Semaphore local = IN_PROCESS.computeIfAbsent(key, k -> new Semaphore(1));
    boolean told = false;
    if (!local.tryAcquire()) {
      waiting.accept(waitingMessage(key));
      told = true;
      if (!local.tryAcquire(remaining(deadline), TimeUnit.NANOSECONDS)) {
        throw timeout(key, wait);
      }
    }
    try {
      Files.createDirectories(key.getParent());
      FileChannel channel =
          FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      try {
        while (true) {
          FileLock lock = channel.tryLock();
          if (lock != null) {
            writeOwner(channel);
            return new StoreLock(local, channel, lock);
          }
          if (!told) {
            waiting.accept(waitingMessage(key));
            told = true;
          }
          if (remaining(deadline) <= 0) {
            throw timeout(key, wait);
          }
          Thread.sleep(Math.min(POLL.toMillis(), Math.max(1, remaining(deadline) / 1_000_000)));
        }
      } catch (IOException | RuntimeException | InterruptedException e) {
        channel.close();
        throw e;
      }
    } catch (IOException e) {
      local.release();
      throw Problem.runtime(
          ErrorCode.STORE_LOCK_FAILED,
          "cannot lock the store at " + key + ": " + e.getMessage(),
          "check that the store directory is writable",
          e);
    } catch (RuntimeException | InterruptedException e) {
      local.release();
      throw e;
    }
  }

  private static void writeOwner(FileChannel channel) throws IOException {
    channel.truncate(0);
    channel.write(
        ByteBuffer.wrap(
            ("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)),
        0);
  }

  private static long remaining(long deadline) {
    return deadline - System.nanoTime();
  }

  private static String waitingMessage(Path key) {
    return "waiting for another eden-skills command to finish (store lock " + key + ")...";
  }

  private static Problem timeout(Path key, Duration wait) {
    return Problem.runtime(
        ErrorCode.STORE_LOCKED,
        "another eden-skills command still holds the store lock after " + wait.toSeconds() + "s",
        "wait for it to finish and run this command again (lock file: " + key + ")");
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // Closing the channel releases the OS lock in any case; nothing else to undo.
    } finally {
      local.release();
    }
  }
}
