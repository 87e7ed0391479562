package dev.edenskills.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.TestRepos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** examples/registry is a valid index: served as a git repository, every entry reads cleanly. */
class ExampleRegistryTest {
  private static final Path EXAMPLE = Path.of("examples/registry").toAbsolutePath();

  @TempDir Path tmp;

  @Test
  void theExampleIndexSyncsAndEveryEntryIsSearchable() throws Exception {
    try (RegistryWorld w = new RegistryWorld(tmp)) {
      TestRepos.Repo repo = w.registry("example");
      for (Path file : files()) {
        repo.file(EXAMPLE.relativize(file).toString(), Files.readString(file));
      }
      repo.commit("the example index");
      w.use("example", 10).writeConfig();

      CliHarness.Result update = w.run("update");
      assertThat(update.exitCode()).as(update.toString()).isZero();
      CliHarness.Result search = w.run("search");
      assertThat(search.exitCode()).as(search.toString()).isZero();
      assertThat(search.err()).doesNotContain("skipped");
      assertThat(search.out())
          .containsPattern("code-review-checklist\\s+1\\.0\\.0\\s+example")
          .containsPattern("commit-message\\s+1\\.0\\.1\\s+example")
          .containsPattern("hello-world\\s+1\\.1\\.0\\s+example");

      CliHarness.Result list = w.run("install", "commit-message@2.x", "--list");
      assertThat(list.exitCode()).as(list.toString()).isZero();
      assertThat(list.out())
          .containsPattern("1\\.0\\.0 .*\\(yanked\\)")
          .containsPattern("2\\.0\\.0-rc\\.1 .*\\(chosen\\)");
    }
  }

  private static List<Path> files() throws IOException {
    try (Stream<Path> s = Files.walk(EXAMPLE)) {
      return s.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".toml")).toList();
    }
  }
}
