package dev.edenskills.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.edenskills.common.Env;
import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * CONTRACT §10 without an engine: {@code environment = "docker:<c>"} and the command-line forms
 * parse, write back, and resolve to container paths that never touch the host's home.
 */
class ContainerTargetConfigTest {
  private static final String SKILL =
      "version = 1\n[[skills]]\nid = \"pdf\"\n[skills.source]\nrepo = \"a/b\"\n";

  @Test
  void environmentDockerIsAContainerTargetAndLocalIsTheDefault() {
    ConfigLoader.Result r =
        ConfigLoader.load(
            "f",
            SKILL
                + "[[skills.targets]]\nagent = \"claude-code\"\nenvironment = \"docker:devbox\"\n"
                + "[[skills.targets]]\nagent = \"cursor\"\nenvironment = \"local\"\n",
            true);
    assertThat(r.warnings()).isEmpty();
    assertThat(r.config().skills().getFirst().targets())
        .containsExactly(TargetSpec.agent("claude-code").in("devbox"), TargetSpec.agent("cursor"));
  }

  @Test
  void aBadEnvironmentOrAProjectScopeInsideAContainerIsAConfigError() {
    for (String target :
        List.of(
            "agent = \"cursor\"\nenvironment = \"podman:x\"\n",
            "agent = \"cursor\"\nenvironment = \"docker:\"\n",
            "agent = \"cursor\"\nenvironment = \"docker:a/b\"\n",
            "agent = \"cursor\"\nscope = \"project\"\nenvironment = \"docker:x\"\n")) {
      assertThatThrownBy(
              () -> ConfigLoader.load("f", SKILL + "[[skills.targets]]\n" + target, false))
          .as(target)
          .isInstanceOfSatisfying(
              ConfigInvalid.class,
              e ->
                  assertThat(e.issues())
                      .extracting(ConfigIssue::code)
                      .containsOnly(ErrorCode.INVALID_VALUE));
    }
  }

  @Test
  void theWriterKeepsTheEnvironment() {
    SkillSpec skill =
        SkillSpec.of(
            "pdf",
            new SourceSpec("a/b", "main", "."),
            InstallMode.COPY,
            List.of(TargetSpec.custom("/opt/skills").in("devbox"), TargetSpec.agent("cursor")));
    Config config =
        ConfigLoader.load("f", SKILL + "[[skills.targets]]\nagent = \"cursor\"\n", true).config();
    String text =
        ConfigWriter.write(new Config(config.storage(), config.reactor(), List.of(skill)));
    assertThat(text).contains("environment = \"docker:devbox\"");
    assertThat(ConfigLoader.load("f", text, true).config().skills().getFirst().targets())
        .isEqualTo(skill.targets());
  }

  @Test
  void commandLineFormsParseAndFormatBack() {
    assertThat(TargetSpecs.parse("claude-code@docker:devbox"))
        .isEqualTo(TargetSpec.agent("claude-code").in("devbox"));
    assertThat(TargetSpecs.parse("custom:/a@b/skills@docker:c1"))
        .isEqualTo(TargetSpec.custom("/a@b/skills").in("c1"));
    assertThat(TargetSpecs.format(TargetSpec.agent("cursor").in("box")))
        .isEqualTo("cursor@docker:box");
    assertThat(TargetSpecs.wholeContainer("docker:box")).contains("box");
    assertThat(TargetSpecs.wholeContainer("cursor")).isEmpty();
    assertThat(
            TargetSpecs.expand(
                List.of("cursor", "docker:box"), c -> List.of(TargetSpec.agent("codex").in(c))))
        .containsExactly(TargetSpec.agent("cursor"), TargetSpec.agent("codex").in("box"));
    for (String bad : List.of("cursor:project@docker:box", "cursor@docker:", "cursor@docker:a/b")) {
      assertThatThrownBy(() -> TargetSpecs.parse(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              Problem.class, p -> assertThat(p.code()).isEqualTo("INVALID_TARGET"));
    }
  }

  @Test
  void containerTargetsResolveToContainerPathsWithTheHomeLeftSymbolic() {
    Env host =
        Env.of(
            Map.of("HOME", "/home/me", "CLAUDE_CONFIG_DIR", "/home/me/claude"),
            Path.of("/work"),
            Clock.systemUTC(),
            false);
    Path base = Path.of("/work");
    Path claude = TargetResolver.resolve(TargetSpec.agent("claude-code").in("box"), host, base);
    assertThat(claude).isEqualTo(Path.of("/docker:box/~/.claude/skills"));
    assertThat(ContainerPath.decode(claude.resolve("pdf")))
        .contains(new ContainerPath("box", "~/.claude/skills/pdf"));
    assertThat(
            ContainerPath.decode(claude.resolve("pdf")).orElseThrow().resolvedAgainst("/home/dev"))
        .isEqualTo("/home/dev/.claude/skills/pdf");
    assertThat(TargetResolver.resolve(TargetSpec.custom("/opt/s").in("box"), host, base))
        .isEqualTo(Path.of("/docker:box/opt/s"));
    assertThat(TargetResolver.resolve(TargetSpec.custom("rel/s").in("box"), host, base))
        .isEqualTo(Path.of("/docker:box/~/rel/s"));
    assertThat(ContainerPath.decode(Path.of("/home/me/.claude/skills/pdf")))
        .isEqualTo(Optional.empty());
    assertThatThrownBy(
            () -> TargetResolver.resolve(TargetSpec.custom("~/../../etc").in("box"), host, base))
        .isInstanceOf(Problem.class)
        .hasMessageContaining("..");
  }
}
