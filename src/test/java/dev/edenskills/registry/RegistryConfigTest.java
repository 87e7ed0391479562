package dev.edenskills.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.CliHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code [registries]} and named sources in skills.toml: what loads, what is refused, and why. */
class RegistryConfigTest {
  @TempDir Path home;

  private CliHarness.Result plan(String toml) throws Exception {
    Path config = home.resolve("skills.toml");
    Files.writeString(config, "version = 1\n[storage]\nroot = \"~/store\"\n" + toml);
    return new CliHarness(home).run("--config", config.toString(), "plan");
  }

  private static final String REGISTRIES =
      """
      [registries]
      team = { url = "https://git.example.com/org/index.git", priority = 5 }
      """;

  private static String named(String source) {
    return """
    [[skills]]
    id = "pdf"
    [skills.source]
    %s
    [[skills.targets]]
    agent = "claude-code"
    """
        .formatted(source);
  }

  @Test
  void aNamedSourceWithAKnownRegistryLoadsAndExportsUnchanged() throws Exception {
    CliHarness.Result r =
        plan(REGISTRIES + named("name = \"pdf\"\nversion = \"^1.2\"\nregistry = \"team\""));
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("UNKNOWN_KEY");
    CliHarness.Result export =
        new CliHarness(home)
            .run("--config", home.resolve("skills.toml").toString(), "config", "export");
    assertThat(export.out())
        .contains("team = { url = \"https://git.example.com/org/index.git\", priority = 5 }")
        .contains("name = \"pdf\"")
        .contains("version = \"^1.2\"")
        .contains("registry = \"team\"");
  }

  @Test
  void nameAndRepoTogetherAreRefused() throws Exception {
    CliHarness.Result r = plan(REGISTRIES + named("name = \"pdf\"\nrepo = \"acme/pdf\""));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("INVALID_VALUE").contains("skills[0].source.repo");
  }

  @Test
  void anUnknownRegistryOrABadRequirementIsAConfigError() throws Exception {
    CliHarness.Result r =
        plan(REGISTRIES + named("name = \"pdf\"\nversion = \"nope\"\nregistry = \"other\""));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains("skills[0].source.version")
        .contains("not a SemVer requirement")
        .contains("skills[0].source.registry")
        .contains("no registry named 'other'");
  }

  @Test
  void aNamedSourceWithoutRegistriesAndABadRegistryUrlAreConfigErrors() throws Exception {
    CliHarness.Result none = plan(named("name = \"pdf\""));
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("[registries] is empty");

    CliHarness.Result local = plan("[registries]\nteam = { url = \"./index\" }\n");
    assertThat(local.exitCode()).isEqualTo(2);
    assertThat(local.err()).contains("INVALID_REPO").contains("registries.team.url");
  }
}
