package dev.edenskills;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.common.Env;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's AOT training workload really runs the commands it is meant to teach the cache. */
class AotTrainingTest {
  @TempDir Path tmp;

  @Test
  void trainingInstallsFromItsOwnGitRepositoryAndStaysInsideItsDirectory() throws Exception {
    Path home = Files.createDirectories(tmp.resolve("home"));
    Env env = Env.of(Map.of("HOME", home.toString()), tmp, Clock.systemUTC(), false);

    int ok = AotTraining.train(tmp, env);

    // --version, --help, help apply, plan, --json plan, list, --help and --version after
    // --config, install --list, install --all, the apply after it and check run through; the two
    // applies of the first config exit 1 and doctor reports the skill they could not install:
    // its http source is unreachable on purpose. Then install --all and an apply of two
    // repositories over HTTP from the training git server.
    assertThat(ok).isEqualTo(15);
    assertThat(tmp.resolve("install/agent/review/SKILL.md")).exists();
    assertThat(tmp.resolve("install/agent/commit/SKILL.md")).exists();
    assertThat(tmp.resolve("agents/claude/review/SKILL.md")).exists();
    assertThat(tmp.resolve("agents/cursor/review/SKILL.md")).exists();
    assertThat(tmp.resolve("agents/claude/commit/SKILL.md")).exists();
    assertThat(tmp.resolve("agents/claude/tidy-imports/SKILL.md")).exists();
    assertThat(tmp.resolve("skills.lock")).exists();
    assertThat(tmp.resolve("http/home/.claude/skills/review/SKILL.md")).exists();
    assertThat(tmp.resolve("http/home/.claude/skills/commit/SKILL.md")).exists();
    assertThat(tmp.resolve("http/agent/review/SKILL.md")).exists();
    assertThat(tmp.resolve("http/agent/commit/SKILL.md")).exists();
    assertThat(tmp.resolve("http/store/repos")).isDirectory();
    try (var files = Files.list(home)) {
      assertThat(files).as("nothing written to HOME").isEmpty();
    }
  }

  @Test
  void startUpTrainingAnswersEveryHelpAndVersionLineWithoutTouchingHome() throws Exception {
    Path home = Files.createDirectories(tmp.resolve("home"));
    Env env = Env.of(Map.of("HOME", home.toString()), tmp, Clock.systemUTC(), false);

    assertThat(AotTraining.startUp(env)).isEqualTo(5);
    try (var files = Files.list(home)) {
      assertThat(files).as("nothing written to HOME").isEmpty();
    }
  }
}
