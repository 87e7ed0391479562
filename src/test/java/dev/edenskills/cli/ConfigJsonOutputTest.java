package dev.edenskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.edenskills.cli.render.Json;
import dev.edenskills.config.AgentTable;
import dev.edenskills.testing.CliHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With --json, stdout is exactly one JSON document. */
class ConfigJsonOutputTest {
  @TempDir Path home;

  private JsonNode json(CliHarness.Result r) throws Exception {
    assertThat(r.exitCode()).as(r.toString()).isZero();
    var parser = Json.mapper().createParser(r.out());
    JsonNode node = Json.mapper().readTree(parser);
    assertThat(parser.nextToken()).as("nothing after the document").isNull();
    return node;
  }

  @Test
  void listJsonShowsEachSkillWithResolvedTargetPaths() throws Exception {
    CliHarness cli = new CliHarness(home);
    cli.run("init");
    cli.run(
        "add",
        "--id",
        "pdf",
        "--repo",
        "o/r",
        "--target",
        "claude-code",
        "--target",
        "cursor:project",
        "--target",
        "custom:./mine");
    JsonNode list = json(cli.run("list", "--json"));
    assertThat(list.isArray()).isTrue();
    JsonNode pdf = list.get(0);
    assertThat(pdf.get("id").asText()).isEqualTo("pdf");
    assertThat(pdf.get("repo").asText()).isEqualTo("o/r");
    assertThat(pdf.get("ref").asText()).isEqualTo("HEAD");
    assertThat(pdf.get("mode").asText()).isEqualTo("symlink");
    Path base = home.resolve(".eden-skills");
    assertThat(pdf.get("targets").get(0).get("target_path").asText())
        .isEqualTo(home.resolve(".claude/skills/pdf").toString());
    assertThat(pdf.get("targets").get(1).get("target_path").asText())
        .isEqualTo(base.resolve(".cursor/skills/pdf").toString());
    assertThat(pdf.get("targets").get(2).get("path").asText()).isEqualTo("./mine");
    assertThat(pdf.get("targets").get(2).get("target_path").asText())
        .isEqualTo(base.resolve("mine/pdf").toString());

    CliHarness.Result text = cli.run("list");
    assertThat(text.out()).contains("pdf", "claude-code -> " + home.resolve(".claude/skills/pdf"));
  }

  @Test
  void agentsJsonListsEveryAgentWithDetectionAndPaths() throws Exception {
    Files.createDirectories(home.resolve(".claude"));
    CliHarness cli = new CliHarness(home).env("CODEX_HOME", home.resolve("cx").toString());
    JsonNode agents = json(cli.run("--json", "agents"));
    assertThat(agents.size()).isEqualTo(AgentTable.builtin().all().size());
    JsonNode claude = agents.get(0);
    assertThat(claude.get("id").asText()).isEqualTo("claude-code");
    assertThat(claude.get("detected").asBoolean()).isTrue();
    assertThat(claude.get("global_path").asText())
        .isEqualTo(home.resolve(".claude/skills").toString());
    for (JsonNode a : agents) {
      if (a.get("id").asText().equals("codex")) {
        assertThat(a.get("detected").asBoolean()).isFalse();
        assertThat(a.get("global_path").asText()).isEqualTo(home.resolve("cx/skills").toString());
        assertThat(a.get("project_dir").asText()).isEqualTo(".codex/skills");
      }
    }

    CliHarness.Result text = cli.run("agents");
    assertThat(text.out().lines().findFirst().orElseThrow()).startsWith("AGENT");
    assertThat(text.out())
        .containsPattern("claude-code\\s+yes\\s+" + home.resolve(".claude/skills"));
  }

  @Test
  void editAndExportCommandsPrintOneDocument() throws Exception {
    CliHarness cli = new CliHarness(home);
    assertThat(json(cli.run("--json", "init")).get("action").asText()).isEqualTo("initialized");
    assertThat(
            json(cli.run("--json", "add", "--id", "a", "--repo", "o/r")).get("ids").get(0).asText())
        .isEqualTo("a");
    assertThat(json(cli.run("--json", "set", "a", "--ref", "v1")).get("action").asText())
        .isEqualTo("updated");
    JsonNode export = json(cli.run("--json", "config", "export"));
    assertThat(export.get("toml").asText()).contains("ref = \"v1\"");
    assertThat(json(cli.run("--json", "remove", "a")).get("action").asText()).isEqualTo("removed");
    assertThat(json(cli.run("--json", "list")).size()).isZero();
  }

  @Test
  void completionScriptsAreGeneratedForBashAndZsh() {
    CliHarness cli = new CliHarness(home);
    CliHarness.Result bash = cli.run("completion", "bash");
    assertThat(bash.exitCode()).isZero();
    assertThat(bash.out()).contains("complete -F").contains("eden-skills").contains("agents");
    CliHarness.Result zsh = cli.run("completion", "zsh");
    assertThat(zsh.out()).startsWith("autoload -U +X compinit").contains("bashcompinit");
    assertThat(cli.run("completion", "fish").exitCode()).isEqualTo(2);
  }
}
