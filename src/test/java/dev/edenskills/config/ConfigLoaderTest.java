package dev.edenskills.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.edenskills.common.ErrorCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {
  @Test
  void omittedFieldsTakeTheContractDefaults() {
    ConfigLoader.Result r =
        ConfigLoader.load(
            "skills.toml",
            """
            version = 1
            [[skills]]
            id = "pdf"
            [skills.source]
            repo = "anthropics/skills"
            [[skills.targets]]
            agent = "claude-code"
            [[skills]]
            id = "copy-me"
            [skills.source]
            repo = "./local"
            [skills.install]
            mode = "copy"
            [[skills.targets]]
            agent = "cursor"
            scope = "project"
            """,
            false);
    Config c = r.config();
    assertThat(r.warnings()).isEmpty();
    assertThat(c.storage()).isEqualTo(StorageConfig.DEFAULT);
    assertThat(c.reactor()).isEqualTo(new ReactorConfig(10, 120, 2));
    SkillSpec pdf = c.skills().get(0);
    assertThat(pdf.source()).isEqualTo(new SourceSpec("anthropics/skills", "HEAD", "."));
    assertThat(pdf.mode()).isEqualTo(InstallMode.SYMLINK);
    assertThat(pdf.verify().checks())
        .containsExactly(
            VerifyCheck.PATH_EXISTS, VerifyCheck.TARGET_RESOLVES, VerifyCheck.IS_SYMLINK);
    assertThat(pdf.noExecMetadataOnly()).isFalse();
    SkillSpec copy = c.skills().get(1);
    assertThat(copy.verify()).isEqualTo(VerifySpec.defaultFor(InstallMode.COPY));
    assertThat(copy.targets())
        .containsExactly(new TargetSpec("cursor", Optional.empty(), Scope.PROJECT));
  }

  @Test
  void explicitValuesAreReadAndSubpathsNormalized() {
    Config c =
        ConfigLoader.load(
                "skills.toml",
                """
                version = 1
                [storage]
                root = "./store"
                [reactor]
                concurrency = 4
                timeout_secs = 0
                retries = 0
                [[skills]]
                id = "x"
                [skills.source]
                repo = "https://example.org/r.git"
                ref = "v1.2"
                subpath = "./skills//x/"
                [[skills.targets]]
                agent = "custom"
                path = "~/agent/skills"
                [skills.verify]
                enabled = false
                [skills.safety]
                no_exec_metadata_only = true
                """,
                false)
            .config();
    assertThat(c.storage().root()).isEqualTo("./store");
    assertThat(c.reactor()).isEqualTo(new ReactorConfig(4, 0, 0));
    SkillSpec x = c.skills().getFirst();
    assertThat(x.source())
        .isEqualTo(new SourceSpec("https://example.org/r.git", "v1.2", "skills/x"));
    assertThat(x.targets()).containsExactly(TargetSpec.custom("~/agent/skills"));
    assertThat(x.verify().enabled()).isFalse();
    assertThat(x.noExecMetadataOnly()).isTrue();
  }

  @Test
  void unknownKeysAreWarningsUnlessStrict() {
    String toml = "version = 1\nextra = 1\n[reactor]\nspeed = 2\n";
    ConfigLoader.Result r = ConfigLoader.load("f", toml, false);
    assertThat(r.warnings())
        .extracting(ConfigIssue::code, ConfigIssue::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ErrorCode.UNKNOWN_KEY, "extra"),
            org.assertj.core.groups.Tuple.tuple(ErrorCode.UNKNOWN_KEY, "reactor.speed"));
    assertThatThrownBy(() -> ConfigLoader.load("f", toml, true))
        .isInstanceOfSatisfying(
            ConfigInvalid.class,
            e ->
                assertThat(e.issues())
                    .extracting(ConfigIssue::code)
                    .containsOnly(ErrorCode.UNKNOWN_KEY));
  }

  @Test
  void aMissingIdIsReportedOnceNotAlsoAsInvalid() {
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    "f",
                    "version = 1\n"
                        + "[[skills]]\n"
                        + "[skills.source]\n"
                        + "repo = 5\n"
                        + "[[skills.targets]]\n"
                        + "agent = \"cursor\"\n",
                    false))
        .isInstanceOfSatisfying(
            ConfigInvalid.class,
            e ->
                assertThat(e.issues())
                    .extracting(ConfigIssue::code, ConfigIssue::field)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            ErrorCode.MISSING_FIELD, "skills[0].id"),
                        org.assertj.core.groups.Tuple.tuple(
                            ErrorCode.INVALID_TYPE, "skills[0].source.repo")));
  }

  @Test
  void syntaxErrorsCarryLineAndColumn() {
    assertThatThrownBy(() -> ConfigLoader.load("cfg.toml", "version = 1\nx = = 2\n", false))
        .isInstanceOfSatisfying(
            ConfigInvalid.class,
            e -> {
              assertThat(e.issues())
                  .extracting(ConfigIssue::code)
                  .containsOnly(ErrorCode.INVALID_TOML);
              assertThat(e.issues().getFirst().message()).startsWith("cfg.toml:2:");
            });
  }

  @Test
  void theStarterConfigIsValidAndEmpty() {
    ConfigLoader.Result r = ConfigLoader.load("init", StarterConfig.TEXT, true);
    assertThat(r.config()).isEqualTo(Config.empty());
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void validatorAcceptsWhatTheLoaderBuilds() {
    Config c =
        Config.empty()
            .withSkill(
                SkillSpec.of(
                    "a",
                    new SourceSpec("o/r", "main", "."),
                    InstallMode.COPY,
                    List.of(TargetSpec.agent("codex"))));
    assertThat(ConfigValidator.validate(c)).isEmpty();
  }
}
