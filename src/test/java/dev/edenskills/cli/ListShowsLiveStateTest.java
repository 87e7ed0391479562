package dev.edenskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.HealthWorld;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** list: the lock's commit and each target's state, in text and JSON. */
class ListShowsLiveStateTest {
  @TempDir Path tmp;

  @Test
  void showsCommitAndOkMissingDrifted() throws Exception {
    try (HealthWorld h = new HealthWorld(tmp)) {
      JsonNode healthy = new ObjectMapper().readTree(h.w.run("--json", "list").out());
      String commit = healthy.get(0).path("commit").asText();
      assertThat(commit).matches("[0-9a-f]{40}");
      healthy.forEach(
          s -> assertThat(s.path("targets").get(0).path("state").asText()).isEqualTo("ok"));

      Files.delete(h.w.claude("a-s0"));
      Files.writeString(h.w.claude("a-s1").resolve("SKILL.md"), "edited");
      JsonNode damaged = new ObjectMapper().readTree(h.w.run("--json", "list").out());
      assertThat(damaged.get(0).path("targets").get(0).path("state").asText()).isEqualTo("missing");
      assertThat(damaged.get(1).path("targets").get(0).path("state").asText()).isEqualTo("drifted");

      CliHarness.Result text = h.w.run("list");
      assertThat(text.out())
          .contains("commit: " + commit)
          .contains(h.w.claude("a-s0") + " [missing]")
          .contains(h.w.claude("a-s1") + " [drifted]");
    }
  }
}
