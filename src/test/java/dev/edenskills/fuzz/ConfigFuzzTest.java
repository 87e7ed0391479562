package dev.edenskills.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.CliHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of skills.toml (issue 7): thousands of mutated configs through the read-only
 * {@code plan} and {@code list}. Every run ends with exit 0 (a valid config) or a coded error and
 * exit 2; never an uncaught exception, a stack trace or a file written. A failing case prints its
 * seed and the config.
 */
@Tag("slow")
class ConfigFuzzTest {
  static final long SEED = 7_000L;
  static final int CASES = 3_000;

  @TempDir Path home;

  static final String TEMPLATE =
      """
      version = 1
      [storage]
      root = "~/store"
      [reactor]
      concurrency = 4
      timeout_secs = 30
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
      agent = "custom"
      path = "~/agents/custom"
      [skills.verify]
      enabled = true
      checks = ["path-exists", "target-resolves", "is-symlink"]
      [skills.safety]
      no_exec_metadata_only = false
      [[skills]]
      id = "local-one"
      [skills.source]
      repo = "./src"
      subpath = "."
      [skills.install]
      mode = "copy"
      [[skills.targets]]
      agent = "cursor"
      scope = "project"
      """;

  @Test
  void mutatedConfigsNeverCrashAndAreEitherValidOrACodedExit2() throws Exception {
    Path config = home.resolve("skills.toml");
    CliHarness cli = new CliHarness(home);
    TreeMap<String, Integer> outcomes = new TreeMap<>();
    List<Path> before = listing();
    List<String> failures = new java.util.ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      long seed = SEED + i;
      Random r = new Random(seed);
      String text = i % 5 == 0 ? hostileFields(r) : Hostile.mutateText(TEMPLATE, r);
      Files.writeString(config, text);
      String command = i % 7 == 0 ? "list" : "plan";
      CliHarness.Result res = cli.run("--config", config.toString(), command);
      String why = "seed " + seed + " (" + command + ")\n" + Hostile.abbreviate(text + "\n" + res);
      boolean ok =
          (res.exitCode() == 0 || res.exitCode() == 2)
              && !(res.err() + res.out()).contains("error[INTERNAL]")
              && !(res.err() + res.out()).contains("\tat ")
              && !(res.err() + res.out()).contains("Exception")
              && (res.exitCode() == 0 || res.err().matches("(?s).*error\\[[A-Z_]+\\].*"));
      if (!ok) {
        failures.add(why);
      }
      String code =
          res.exitCode() == 0
              ? "valid"
              : res.err()
                  .lines()
                  .filter(l -> l.startsWith("error["))
                  .findFirst()
                  .map(l -> l.substring(6, l.indexOf(']')))
                  .orElse("?");
      outcomes.merge(code, 1, Integer::sum);
    }
    assertThat(failures).as("failing cases (first shown)").isEmpty();
    assertThat(listing()).as("plan and list wrote nothing").isEqualTo(before);
    System.out.println("RELIABILITY config-fuzz cases=" + CASES + " seed=" + SEED + " " + outcomes);
  }

  /** The template with one field replaced by a hostile value of the right type. */
  private static String hostileFields(Random r) {
    String[] fields = {
      "id = \"pdf\"",
      "id = \"local-one\"",
      "repo = \"anthropics/skills\"",
      "repo = \"./src\"",
      "ref = \"main\"",
      "subpath = \"skills/pdf\"",
      "subpath = \".\"",
      "path = \"~/agents/custom\"",
      "root = \"~/store\"",
      "agent = \"cursor\"",
      "mode = \"copy\"",
      "scope = \"project\""
    };
    String text = TEMPLATE;
    int n = 1 + r.nextInt(2);
    for (int k = 0; k < n; k++) {
      String field = fields[r.nextInt(fields.length)];
      String key = field.substring(0, field.indexOf(' '));
      text = text.replace(field, key + " = " + Hostile.toml(Hostile.string(r)));
    }
    return text;
  }

  private List<Path> listing() throws Exception {
    try (Stream<Path> s = Files.walk(home)) {
      return s.filter(p -> !p.getFileName().toString().equals("skills.toml")).sorted().toList();
    }
  }
}
