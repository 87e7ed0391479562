package dev.edenskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.CliHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A config write that fails leaves the old file as it was and no temporary file behind. */
class AtomicConfigWriteTest {
  @TempDir Path home;

  @Test
  void aFailedWriteLeavesTheOldConfigIntact() throws Exception {
    CliHarness cli = new CliHarness(home);
    assertThat(cli.run("init").exitCode()).isZero();
    assertThat(cli.run("add", "--id", "a", "--repo", "o/r", "--target", "cursor").exitCode())
        .isZero();
    Path dir = home.resolve(".eden-skills");
    String before = Files.readString(dir.resolve("skills.toml"));

    Unlock unlock = lock(dir);
    try {
      CliHarness.Result r = cli.run("add", "--id", "b", "--repo", "o/r", "--target", "cursor");
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
      assertThat(r.err()).contains("error[CONFIG_WRITE_FAILED]");
    } finally {
      unlock.run();
    }
    assertThat(Files.readString(dir.resolve("skills.toml"))).isEqualTo(before);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("skills.toml");
    }
  }

  /** Makes {@code dir} refuse new entries: permissions for a normal user, chattr +i for root. */
  private static Unlock lock(Path dir) throws Exception {
    boolean root = "root".equals(System.getProperty("user.name"));
    if (!root) {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
      return () -> Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    Assumptions.assumeTrue(chattr("+i", dir), "root without a working chattr: cannot lock a dir");
    return () -> chattr("-i", dir);
  }

  private static boolean chattr(String flag, Path dir) throws IOException, InterruptedException {
    try {
      Process p =
          new ProcessBuilder("chattr", flag, dir.toString()).redirectErrorStream(true).start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** Undoes the lock. */
  private interface Unlock {
    void run() throws Exception;
  }
}
