package dev.edenskills.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.edenskills.testing.ChildCli;
import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.TestRepos;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Target directories the tool may not write (issue 7): a clear coded error, exit 1, the other
 * skills still installed, and nothing in the protected directory touched. Tests run as root here,
 * and root ignores permission bits, so "read-only" is an immutable directory ({@code chattr +i},
 * which binds root too) and "owned by someone else" runs the CLI as user {@code nobody} through
 * {@code setpriv}. Each test is skipped, saying why, where that is impossible.
 */
class UnwritableTargetsTest {
  @TempDir Path home;

  @Test
  void anImmutableSkillRootFailsItsSkillsAloneAndIsLeftAsItWas() throws Exception {
    Path root = Files.createDirectories(home.resolve(".claude/skills"));
    Files.writeString(root.resolve("README.txt"), "mine");
    assumeThat(run("chattr", "+i", root.toString()))
        .as("chattr +i is not available or not permitted here")
        .isZero();
    try {
      Path config = config(home);
      CliHarness.Result r = new CliHarness(home).run("--config", config.toString(), "apply");
      System.out.printf("RELIABILITY immutable-root exit=%d%n", r.exitCode());
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
      assertThat(r.err())
          .contains("failed skill=one stage=install")
          .containsPattern("(?i)not permitted|read-only|denied");
      assertThat(r.err()).doesNotContain("\tat ");
      assertThat(home.resolve(".cursor/skills/two/SKILL.md")).exists();
      try (Stream<Path> s = Files.list(root)) {
        assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("README.txt");
      }
      assertThat(root.resolve("README.txt")).hasContent("mine");
    } finally {
      run("chattr", "-i", root.toString());
    }
  }

  @Test
  @Tag("slow")
  void aSkillRootOwnedBySomeoneElseFailsWithACodedErrorAsAnotherUser() throws Exception {
    assumeThat(ChildCli.canSwitchUser())
        .as("needs root and setpriv to run the CLI as user nobody")
        .isTrue();
    Path user = Files.createDirectories(home.resolve("nobody-home"));
    Path config = config(user);
    Path root = Files.createDirectories(user.resolve(".claude/skills"));
    Files.writeString(root.resolve("README.txt"), "root's");
    UserPrincipal nobody =
        user.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
    try (Stream<Path> s = Files.walk(user)) {
      for (Path p : s.toList()) {
        if (!p.startsWith(root)) {
          Files.setOwner(p, nobody);
        }
      }
    }
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(root.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
    ChildCli.worldReadable(home);
    Process p =
        ChildCli.startAs(
            "nobody", home.resolve("cp"), user, "--config", config.toString(), "apply");
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    System.out.printf("RELIABILITY foreign-owned-root exit=%d%n", p.exitValue());
    assertThat(p.exitValue()).as(err).isEqualTo(1);
    assertThat(err).contains("failed skill=one stage=install").containsPattern("(?i)denied");
    assertThat(err).doesNotContain("\tat ");
    assertThat(user.resolve(".cursor/skills/two/SKILL.md")).exists();
    try (Stream<Path> s = Files.list(root)) {
      assertThat(s.map(x -> x.getFileName().toString()).toList()).containsExactly("README.txt");
    }
    assertThat(root.resolve("README.txt")).hasContent("root's");
  }

  private static Path config(Path home) throws Exception {
    TestRepos.skill(home.resolve("src/one"), "one", "First");
    TestRepos.skill(home.resolve("src/two"), "two", "Second");
    return Files.writeString(
        home.resolve("skills.toml"),
        """
        version = 1
        [storage]
        root = "~/store"
        [[skills]]
        id = "one"
        [skills.source]
        repo = "./src"
        subpath = "one"
        [skills.install]
        mode = "copy"
        [[skills.targets]]
        agent = "claude-code"
        [[skills]]
        id = "two"
        [skills.source]
        repo = "./src"
        subpath = "two"
        [skills.install]
        mode = "copy"
        [[skills.targets]]
        agent = "cursor"
        """);
  }

  private static int run(String... cmd) throws Exception {
    Process p =
        new ProcessBuilder(List.of(cmd))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
  }
}
