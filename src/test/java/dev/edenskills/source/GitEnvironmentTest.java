package dev.edenskills.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.common.Env;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JGit sees the CLI's home and environment, and none of the user's git config files. */
class GitEnvironmentTest {
  @TempDir Path tmp;

  @Test
  void jgitUsesTheHomeFromTheEnvironment() {
    Path home = tmp.resolve("home");
    GitEnvironment.install(
        Env.of(Map.of("HOME", home.toString(), "X", "y"), tmp, Clock.systemUTC(), false));
    assertThat(FS.DETECTED.userHome().toPath()).isEqualTo(home);
    assertThat(SystemReader.getInstance().getenv("HOME")).isEqualTo(home.toString());
    assertThat(SystemReader.getInstance().getenv("X")).isEqualTo("y");
    assertThat(SystemReader.getInstance().getProperty("user.home")).isEqualTo(home.toString());
    assertThat(GitEnvironment.installed()).isTrue();
  }

  @Test
  void theUsersGitConfigIsNotRead() throws Exception {
    Path home = tmp.resolve("home");
    Files.createDirectories(home.resolve(".config/git"));
    Files.writeString(home.resolve(".gitconfig"), "[user]\n\tname = Someone\n");
    Files.writeString(home.resolve(".config/git/config"), "[core]\n\tbare = true\n");
    GitEnvironment.install(
        Env.of(
            Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve(".config").toString()),
            tmp,
            Clock.systemUTC(),
            false));
    assertThat(SystemReader.getInstance().getUserConfig().getString("user", null, "name")).isNull();
    assertThat(SystemReader.getInstance().getUserConfig().getSections()).isEmpty();
    SystemReader.getInstance().getJGitConfig().save();
    assertThat(home.resolve(".config/jgit")).doesNotExist();
  }

  @Test
  void warmingUpCompletesEveryStepAndTouchesNoFiles() throws Exception {
    Path home = tmp.resolve("home");
    Files.createDirectories(home);
    GitEnvironment.install(Env.of(Map.of("HOME", home.toString()), tmp, Clock.systemUTC(), false));
    Path systemTmp = Path.of(System.getProperty("java.io.tmpdir"));
    long warmDirsBefore = warmUpLeftovers(systemTmp);
    assertThat(GitEnvironment.warmUp()).as("every warm-up step ran without an exception").isTrue();
    assertThat(warmUpLeftovers(systemTmp)).isEqualTo(warmDirsBefore);
    try (var files = Files.walk(tmp)) {
      assertThat(files).containsExactlyInAnyOrder(tmp, home);
    }
  }

  /** Temporary directories named like the on-disk warm-up repositories this tool used to write. */
  private static long warmUpLeftovers(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith("eden-skills-warmup-"))
          .count();
    }
  }
}
