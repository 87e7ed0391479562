package dev.edenskills.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.TestRepos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input (issue 7): repo arguments that would make git run a command, and front-matter names
 * that would climb out of the skill root. Refused with a coded error, nothing run, nothing written
 * outside the sandbox.
 */
class HostileInputIsRefusedTest {
  @TempDir Path home;

  static final String CANARY = "/tmp/eden-skills-canary-must-not-exist";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ext::sh -c touch% " + CANARY,
        "ext::sh -c \"touch " + CANARY + "\"",
        "fd::17",
        "--upload-pack=touch " + CANARY,
        "-u touch " + CANARY,
        "ssh://-oProxyCommand=touch" + CANARY + "/x",
        "git@-oProxyCommand=touch:x",
        "-oProxyCommand=touch@host:x",
        "https://host/x\";touch " + CANARY + ";\"",
        "https://host/x;touch " + CANARY,
        "owner/repo;touch " + CANARY,
        "owner/repo' || touch " + CANARY + " '",
        "https://host/$(touch " + CANARY + ")",
        "https://host/`touch " + CANARY + "`",
        "https://host/x\u0000y",
        "https://host/x\ny",
        "svn://host/x",
        "scp://host/x"
      })
  void repoArgumentsThatCouldRunSomethingAreRefused(String repo) throws Exception {
    CliHarness cli = new CliHarness(home);
    Path config = home.resolve("skills.toml");
    Files.writeString(config, "version = 1\n");
    List<CliHarness.Result> runs =
        List.of(
            cli.run(
                "--config",
                config.toString(),
                "add",
                "--id",
                "x",
                "--repo",
                repo,
                "--target",
                "claude-code"),
            cli.run("--config", config.toString(), "install", repo, "--all", "-y"),
            cli.run("--config", config.toString(), "install", "--list", "--", repo),
            configApply(cli, repo));
    for (CliHarness.Result r : runs) {
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
      assertThat(r.err()).as(r.toString()).containsPattern("error\\[[A-Z_]+\\]");
      assertThat(r.err() + r.out()).doesNotContain("Exception").doesNotContain("\tat ");
    }
    assertThat(Path.of(CANARY)).doesNotExist();
    assertThat(Files.readString(config)).isEqualTo("version = 1\n");
  }

  private CliHarness.Result configApply(CliHarness cli, String repo) throws Exception {
    Path other = home.resolve("hostile.toml");
    Files.writeString(
        other,
        "version = 1\n[[skills]]\nid = \"x\"\n[skills.source]\nrepo = "
            + dev.edenskills.common.TomlStrings.quote(repo)
            + "\n[[skills.targets]]\nagent = \"claude-code\"\n");
    return cli.run("--config", other.toString(), "apply");
  }

  @Test
  void frontMatterNamesThatClimbOutOfTheSkillRootAreNeverInstalled() throws Exception {
    Path src = home.resolve("src");
    String[] names = {
      "../../evil",
      "/etc/evil",
      "..",
      "a/b",
      "evil\u0000x",
      "evil\nname",
      "x".repeat(10_000),
      "UPPER",
      "-dash",
      "\u001b[31mred"
    };
    for (int i = 0; i < names.length; i++) {
      Path dir = Files.createDirectories(src.resolve("skills/s" + i));
      Files.writeString(
          dir.resolve("SKILL.md"),
          "---\nname: \""
              + names[i]
                  .replace("\\", "\\\\")
                  .replace("\"", "\\\"")
                  .replace("\n", "\\n")
                  .replace("\u0000", "\\0")
                  .replace("\u001b", "\\e")
              + "\"\ndescription: hostile\n---\nbody\n");
    }
    TestRepos.skill(src.resolve("skills/good"), "good", "A fine skill");
    CliHarness cli = new CliHarness(home);
    Path config = home.resolve("skills.toml");
    Files.writeString(config, "version = 1\n");
    List<Path> before = listingOutsideSandboxes();

    CliHarness.Result check =
        cli.run(
            "check",
            src.resolve("skills/s0").toString(),
            src.resolve("skills/s6").toString(),
            src.resolve("skills/s4").toString());
    assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
    assertThat(check.err() + check.out()).doesNotContain("Exception").doesNotContain("\u001b[31m");

    CliHarness.Result install =
        cli.run(
            "--config",
            config.toString(),
            "install",
            src.toString(),
            "--all",
            "-y",
            "--target",
            "claude-code");
    assertThat(install.err() + install.out())
        .as(install.toString())
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("\u001b[31m");
    assertThat(install.exitCode()).as(install.toString()).isIn(0, 1, 2);
    // Whatever happened, only a valid id may exist under the skill root, and nothing outside.
    Path root = home.resolve(".claude/skills");
    if (Files.isDirectory(root)) {
      try (Stream<Path> s = Files.list(root)) {
        assertThat(s.map(p -> p.getFileName().toString()).toList())
            .allMatch(n -> n.matches("[a-z0-9][a-z0-9._-]{0,63}") && !n.contains(".."));
      }
    }
    assertThat(home.resolve("evil")).doesNotExist();
    assertThat(home.getParent().resolve("evil")).doesNotExist();
    assertThat(Path.of("/etc/evil")).doesNotExist();
    assertThat(listingOutsideSandboxes()).isEqualTo(before);
  }

  private List<Path> listingOutsideSandboxes() throws Exception {
    try (Stream<Path> s = Files.list(home.getParent())) {
      return s.filter(p -> p.getFileName().toString().contains("evil")).sorted().toList();
    }
  }
}
