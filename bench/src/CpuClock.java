import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of this JVM plus its reaped children, from {@code /proc/self/stat} (utime, stime,
 * cutime, cstime): around one measured run, that minus the run's own CPU is what the git server
 * (this JVM's threads and its {@code git http-backend} children) spent.
 */
final class CpuClock {
  private static final double MS_PER_TICK = 10; // USER_HZ is 100 on Linux

  private CpuClock() {}

  /** Milliseconds, or -1 when {@code /proc} is not there. */
  static double benchAndChildrenMs() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      // Fields after the command name, which is in parentheses and may contain spaces.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = 0;
      for (int i = 11; i <= 14; i++) { // utime, stime, cutime, cstime (fields 14-17)
        ticks += Long.parseLong(f[i]);
      }
      return ticks * MS_PER_TICK;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
