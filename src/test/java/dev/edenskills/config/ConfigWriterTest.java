package dev.edenskills.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConfigWriterTest {
  @Test
  void writesFixedKeyOrderWithDefaultsSpelledOut() {
    Config c =
        Config.empty()
            .withSkill(
                SkillSpec.of(
                    "pdf",
                    new SourceSpec("anthropics/skills", "main", "skills/pdf"),
                    InstallMode.SYMLINK,
                    List.of(
                        TargetSpec.agent("claude-code"),
                        new TargetSpec("cursor", Optional.empty(), Scope.PROJECT))));
    assertThat(ConfigWriter.write(c))
        .isEqualTo(
            ConfigWriter.HEADER
                + """

                version = 1

                [storage]
                root = "~/.eden-skills/store"

                [reactor]
                concurrency = 10
                timeout_secs = 120
                retries = 2

                [[skills]]
                id = "pdf"

                [skills.source]
                repo = "anthropics/skills"
                ref = "main"
                subpath = "skills/pdf"

                [skills.install]
                mode = "symlink"

                [[skills.targets]]
                agent = "claude-code"

                [[skills.targets]]
                agent = "cursor"
                scope = "project"
                """);
  }

  @Test
  void stringsWithQuotesBackslashesAndUnicodeSurviveARoundTrip() {
    String path = "~/we\"ird\\dir/ünï #x 'y' \u2603";
    Config c =
        Config.empty()
            .withSkill(
                SkillSpec.of(
                    "a",
                    new SourceSpec("./a", "main", "."),
                    InstallMode.COPY,
                    List.of(TargetSpec.custom(path))));
    String text = ConfigWriter.write(c);
    assertThat(text).contains("path = \"~/we\\\"ird\\\\dir/ünï #x 'y' \u2603\"");
    assertThat(ConfigLoader.load("t", text, true).config()).isEqualTo(c);
    assertThat(ConfigWriter.quote("a\u0001\tb\n")).isEqualTo("\"a\\u0001\\tb\\n\"");
  }

  /** Seeded random configs: load(write(c)) == c and a second write gives the same bytes. */
  @Test
  void randomValidConfigsRoundTripToEqualRecordsAndIdenticalBytes() {
    Random random = new Random(20261126L);
    for (int round = 0; round < 300; round++) {
      Config c = randomConfig(random);
      assertThat(ConfigValidator.validate(c)).as("generator makes valid configs").isEmpty();
      String first = ConfigWriter.write(c);
      Config loaded = ConfigLoader.load("t", first, true).config();
      assertThat(loaded).as(first).isEqualTo(c);
      assertThat(ConfigWriter.write(loaded)).isEqualTo(first);
    }
  }

  private static Config randomConfig(Random r) {
    List<String> repos =
        List.of(
            "o/r",
            "https://h.example/x/y.git",
            "git@host:a/b.git",
            "file:///srv/r",
            "./local",
            "~/s",
            "ssh://u@h:22/p");
    List<String> agents = AgentTable.builtin().ids();
    List<SkillSpec> skills = new ArrayList<>();
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      InstallMode mode = r.nextBoolean() ? InstallMode.SYMLINK : InstallMode.COPY;
      List<TargetSpec> targets = new ArrayList<>();
      for (int t = 0; t <= r.nextInt(3); t++) {
        targets.add(
            switch (r.nextInt(4)) {
              case 0 -> TargetSpec.custom(pick(r, List.of("./t", "~/t \"q\"", "/abs/ü", "a\\b")));
              case 1 -> new TargetSpec(pick(r, agents), Optional.empty(), Scope.PROJECT);
              case 2 -> new TargetSpec(pick(r, agents), Optional.of("~/override"), Scope.GLOBAL);
              default -> TargetSpec.agent(pick(r, agents));
            });
      }
      List<VerifyCheck> checks = new ArrayList<>();
      for (VerifyCheck check : VerifyCheck.values()) {
        if (r.nextBoolean()) {
          checks.add(check);
        }
      }
      VerifySpec verify =
          switch (r.nextInt(3)) {
            case 0 -> VerifySpec.defaultFor(mode);
            case 1 -> new VerifySpec(false, checks);
            default ->
                new VerifySpec(true, checks.isEmpty() ? List.of(VerifyCheck.PATH_EXISTS) : checks);
          };
      skills.add(
          new SkillSpec(
              "s" + i + pick(r, List.of("", "-x", ".y", "_z")),
              new SourceSpec(
                  pick(r, repos),
                  pick(r, List.of("main", "v1.0", "feature/x")),
                  pick(r, List.of(".", "skills/a", "a b/c"))),
              mode,
              targets,
              verify,
              r.nextBoolean()));
    }
    return new Config(
        new StorageConfig(pick(r, List.of("~/.eden-skills/store", "./store", "/var/s"))),
        new ReactorConfig(1 + r.nextInt(100), r.nextInt(500), r.nextInt(11)),
        skills);
  }

  private static <T> T pick(Random r, List<T> items) {
    return items.get(r.nextInt(items.size()));
  }
}
