package dev.edenskills.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.edenskills.common.Env;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgentTableTest {
  @TempDir Path home;

  private Env env(Map<String, String> extra) {
    Map<String, String> vars = new HashMap<>(extra);
    vars.put("HOME", home.toString());
    return Env.of(vars, home, Clock.systemUTC(), false);
  }

  @Test
  void theTableHoldsMoreThanFortyAgentsWithUniqueIds() {
    assertThat(AgentTable.builtin().all()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(AgentTable.builtin().ids()).doesNotHaveDuplicates().doesNotContain("custom");
    assertThat(AgentTable.builtin().ids()).allMatch(id -> id.matches("[a-z0-9-]+"));
  }

  @Test
  void theShippedTableReadsAsAFullTomlParserReadsIt() throws IOException {
    String text;
    try (var in = AgentTable.class.getResourceAsStream("/dev/edenskills/config/agents.toml")) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    org.tomlj.TomlParseResult toml = org.tomlj.Toml.parse(text);
    assertThat(toml.errors()).isEmpty();
    org.tomlj.TomlArray rows = toml.getArray("agents");
    java.util.List<Map<String, Object>> expected = new java.util.ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      expected.add(rows.getTable(i).toMap());
    }
    assertThat(AgentRows.read(text)).isEqualTo(expected);
    assertThat(AgentTable.builtin().ids())
        .containsExactlyElementsOf(expected.stream().map(r -> (String) r.get("id")).toList());
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "id = 'literal'",
        "id = \"a\\\\b\"",
        "id = \"a\" # trailing comment",
        "[agents]",
        "id",
      })
  void aLineTheReaderCannotReadExactlyIsRejectedWithItsNumber(String line) {
    String text = "# agents\n[[agents]]\n" + line + "\n";
    assertThatThrownBy(() -> AgentRows.read(text))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 3");
  }

  @Test
  void aKeyOutsideAnEntryOrTwiceInOneIsRejected() {
    assertThatThrownBy(() -> AgentRows.read("id = \"x\"\n")).hasMessageContaining("line 1");
    assertThatThrownBy(() -> AgentRows.read("[[agents]]\nid = \"x\"\nid = \"y\"\n"))
        .hasMessageContaining("line 3: duplicate key id");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "claude-code, .claude/skills, .claude/skills",
    "cursor, .cursor/skills, .cursor/skills",
    "codex, .codex/skills, .codex/skills",
    "gemini-cli, .gemini/skills, .gemini/skills",
    "github-copilot, .copilot/skills, .github/skills",
    "windsurf, .codeium/windsurf/skills, .windsurf/skills",
    "opencode, .config/opencode/skills, .opencode/skills",
    "goose, .config/goose/skills, .goose/skills",
    "roo, .roo/skills, .roo/skills",
    "cline, .agents/skills, .agents/skills",
    "universal, .config/agents/skills, .agents/skills",
    "amp, .config/agents/skills, .agents/skills",
  })
  void contractAgentsHaveExactlyTheContractPaths(String id, String global, String project) {
    Agent agent = AgentTable.builtin().find(id).orElseThrow();
    Env env = env(Map.of());
    assertThat(agent.globalRoot(env)).isEqualTo(home.resolve(global));
    assertThat(agent.projectRoot(Path.of("/proj"))).isEqualTo(Path.of("/proj").resolve(project));
  }

  @Test
  void claudeAndCodexHonourTheirOwnHomeVariables() {
    Env env = env(Map.of("CLAUDE_CONFIG_DIR", "/opt/claude", "CODEX_HOME", "~/codex-home"));
    Agent claude = AgentTable.builtin().find("claude-code").orElseThrow();
    Agent codex = AgentTable.builtin().find("codex").orElseThrow();
    assertThat(claude.globalRoot(env)).isEqualTo(Path.of("/opt/claude/skills"));
    assertThat(claude.homeDir(env)).isEqualTo(Path.of("/opt/claude"));
    assertThat(codex.globalRoot(env)).isEqualTo(home.resolve("codex-home/skills"));
  }

  @Test
  void anAgentIsDetectedWhenItsHomeDirectoryExists() throws IOException {
    Agent cursor = AgentTable.builtin().find("cursor").orElseThrow();
    assertThat(TargetResolver.detected(cursor, env(Map.of()))).isFalse();
    Files.createDirectories(home.resolve(".cursor"));
    assertThat(TargetResolver.detected(cursor, env(Map.of()))).isTrue();
    // The skills directory itself need not exist.
    assertThat(Files.exists(home.resolve(".cursor/skills"))).isFalse();
  }

  @Test
  void resolverPicksCustomPathThenProjectScopeThenGlobalRoot() {
    Env env = env(Map.of());
    Path base = Path.of("/cfg/dir");
    assertThat(TargetResolver.resolve(TargetSpec.custom("~/x"), env, base))
        .isEqualTo(home.resolve("x"));
    assertThat(TargetResolver.resolve(TargetSpec.custom("../x"), env, base))
        .isEqualTo(Path.of("/cfg/x"));
    assertThat(
            TargetResolver.resolve(
                new TargetSpec("cursor", Optional.empty(), Scope.PROJECT), env, base))
        .isEqualTo(Path.of("/cfg/dir/.cursor/skills"));
    assertThat(TargetResolver.resolve(TargetSpec.agent("cursor"), env, base))
        .isEqualTo(home.resolve(".cursor/skills"));
    assertThat(
            TargetResolver.resolve(
                new TargetSpec("cursor", Optional.of("./mine"), Scope.GLOBAL), env, base))
        .isEqualTo(Path.of("/cfg/dir/mine"));
  }

  @Test
  void xdgConfigHomeMovesTheAgentsThatFollowIt() {
    Env env = env(Map.of("XDG_CONFIG_HOME", "/xdg"));
    assertThat(AgentTable.builtin().find("opencode").orElseThrow().globalRoot(env))
        .isEqualTo(Path.of("/xdg/opencode/skills"));
  }

  @Test
  void misspeltIdsGetASuggestion() {
    assertThat(AgentTable.builtin().suggest("claude")).contains("claude-code");
    assertThat(AgentTable.builtin().suggest("cursr")).contains("cursor");
    assertThat(AgentTable.builtin().suggest("zzzzzzzzzzzz")).isEmpty();
  }
}
