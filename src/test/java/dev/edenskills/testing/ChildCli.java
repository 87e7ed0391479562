package dev.edenskills.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CLI as a real child process (the test JVM's own java and class path), so tests can send it
 * signals, kill it, or run it as another user. stdout is discarded; stderr is the caller's to read.
 */
public final class ChildCli {
  private ChildCli() {}

  /** Starts {@code eden-skills args} with {@code HOME=home}. */
  public static Process start(Path home, String... args) {
    return start(home, Optional.empty(), System.getProperty("java.class.path"), args);
  }

  /**
   * Starts {@code eden-skills args} with {@code HOME=home}, the JVM options the image's launcher
   * passes for exiting ({@code -XX:UserThreadWaitAttemptsAtExit=0}: no grace period for threads
   * still in native code), and stdout written to {@code stdout}.
   */
  public static Process startLikeTheLauncher(Path home, Path stdout, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElseThrow());
    cmd.addAll(List.of("--enable-preview", "-XX:UserThreadWaitAttemptsAtExit=0"));
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.edenskills.Main"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("HOME", home.toString());
    pb.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
    pb.redirectOutput(stdout.toFile());
    try {
      return pb.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts the CLI as {@code user} (through {@code setpriv}, never a shell) with a class path the
   * user can read: the test class path copied into {@code readableDir}.
   */
  public static Process startAs(String user, Path readableDir, Path home, String... args) {
    return start(home, Optional.of(user), readableClassPath(readableDir), args);
  }

  /** True when this JVM runs as root and {@code setpriv} exists, so {@link #startAs} can work. */
  public static boolean canSwitchUser() {
    return "root".equals(System.getProperty("user.name"))
        && Files.isExecutable(Path.of("/usr/bin/setpriv"));
  }

  private static Process start(Path home, Optional<String> user, String classPath, String... args) {
    String java = ProcessHandle.current().info().command().orElseThrow();
    List<String> cmd = new ArrayList<>();
    user.ifPresent(
        u ->
            cmd.addAll(
                List.of(
                    "/usr/bin/setpriv",
                    "--reuid=" + u,
                    "--regid=" + u.replace("nobody", "nogroup"),
                    "--clear-groups",
                    "--")));
    cmd.addAll(List.of(java, "--enable-preview", "-cp", classPath, "dev.edenskills.Main"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("HOME", home.toString());
    pb.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    try {
      return pb.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String readableClassPath(Path dir) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    try {
      Files.createDirectories(dir);
      for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
        Path from = Path.of(entry);
        Path to = dir.resolve((i++) + "-" + from.getFileName());
        if (Files.isDirectory(from)) {
          copyTree(from, to);
        } else if (Files.isRegularFile(from)) {
          Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } else {
          continue;
        }
        parts.add(to.toString());
      }
      worldReadable(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return String.join(java.io.File.pathSeparator, parts);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** chmod a+rX over {@code dir} and every ancestor up to the file system root gets a+x. */
  public static void worldReadable(Path dir) throws IOException {
    try (var s = Files.walk(dir)) {
      for (Path p : s.toList()) {
        var perms = java.util.EnumSet.copyOf(Files.getPosixFilePermissions(p));
        perms.add(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
        perms.add(java.nio.file.attribute.PosixFilePermission.GROUP_READ);
        if (Files.isDirectory(p)) {
          perms.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
          perms.add(java.nio.file.attribute.PosixFilePermission.GROUP_EXECUTE);
        }
        Files.setPosixFilePermissions(p, perms);
      }
    }
    for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
      var perms = java.util.EnumSet.copyOf(Files.getPosixFilePermissions(p));
      if (perms.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
        Files.setPosixFilePermissions(p, perms);
      }
    }
  }
}
