package dev.edenskills.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A healthy install to damage: repository {@code a} served on 127.0.0.1 with skills {@code a-s0}
 * (symlink) and {@code a-s1} (copy), both installed for claude-code by a real apply.
 */
public final class HealthWorld implements AutoCloseable {
  public final ApplyWorld w;

  public HealthWorld(Path tmp) throws IOException {
    w = new ApplyWorld(tmp);
    w.repoWithSkills("a", 2);
    w.firstSkill("a", "symlink")
        .skill(
            "a-s1",
            w.server.url("a"),
            "main",
            "skills/a-s1",
            "copy",
            ApplyWorld.agents("claude-code"));
    CliHarness.Result apply = w.run("apply");
    assertThat(apply.exitCode()).as(apply.toString()).isZero();
  }

  public Path store() {
    return w.home.resolve("store");
  }

  /** Every snapshot directory in the store. */
  public List<Path> snapshots() throws IOException {
    List<Path> out = new ArrayList<>();
    Path root = store().resolve("snapshots");
    if (!Files.isDirectory(root)) {
      return out;
    }
    try (Stream<Path> keys = Files.list(root)) {
      for (Path key : keys.toList()) {
        try (Stream<Path> s = Files.list(key)) {
          s.filter(Files::isDirectory).forEach(out::add);
        }
      }
    }
    return out;
  }

  public JsonNode doctorJson(String... extra) throws IOException {
    List<String> args = new ArrayList<>(List.of("--json", "doctor"));
    args.addAll(List.of(extra));
    CliHarness.Result r = w.run(args.toArray(String[]::new));
    return new ObjectMapper().readTree(r.out());
  }

  /** Codes of the error findings doctor reports now. */
  public List<String> errorCodes() throws IOException {
    List<String> codes = new ArrayList<>();
    for (JsonNode f : doctorJson().path("findings")) {
      if (f.path("severity").asText().equals("error")) {
        codes.add(f.path("code").asText());
      }
    }
    return codes;
  }

  @Override
  public void close() {
    w.close();
  }
}
