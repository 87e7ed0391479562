package dev.edenskills.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.ApplyWorld;
import dev.edenskills.testing.DockerEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Container support costs nothing unless a target is in a container: a child JVM applying local
 * targets loads no class of {@code dev.edenskills.docker} (so no {@code docker} process can start;
 * NothingIsEverExecutedTest pins zero processes for local runs under strace). The same run with a
 * container target does load them, so this test can fail.
 */
@Tag("docker")
class ContainerSupportLoadsOnlyWhenNeededTest {
  @TempDir Path tmp;

  @Test
  void localTargetsLoadNoDockerClassAndAContainerTargetDoes() throws Exception {
    try (ApplyWorld w = new ApplyWorld(tmp);
        DockerEngine.Box box = DockerEngine.get().start()) {
      w.repoWithSkills("a", 1);
      w.skill(
          "a-s0", w.server.url("a"), "main", "skills/a-s0", "copy", ApplyWorld.agents("cursor"));
      assertThat(dockerClassesLoaded(w, "apply")).isEmpty();
      assertThat(dockerClassesLoaded(w, "doctor")).isEmpty();

      w.skill(
          "a-s1",
          w.server.url("a"),
          "main",
          "skills/a-s0",
          "copy",
          "[[skills.targets]]\nagent = \"cursor\"\nenvironment = \"docker:" + box.name() + "\"\n");
      assertThat(dockerClassesLoaded(w, "apply")).contains("dev.edenskills.docker.DockerAdapter");
    }
  }

  /** Runs the CLI in a child JVM logging class loading; the docker-package classes it loaded. */
  private List<String> dockerClassesLoaded(ApplyWorld w, String command) throws Exception {
    Path log = Files.createTempFile(tmp, "classes-", ".log");
    String java = ProcessHandle.current().info().command().orElseThrow();
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "--enable-preview",
            "-Xlog:class+load=info:file=" + log,
            "-cp",
            System.getProperty("java.class.path"),
            "dev.edenskills.Main",
            "--config",
            w.config().toString(),
            command);
    pb.environment().put("HOME", w.home.toString());
    pb.environment().put("XDG_CONFIG_HOME", w.home.resolve(".config").toString());
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    List<String> loaded = new ArrayList<>();
    for (String line : Files.readAllLines(log)) {
      int at = line.indexOf("dev.edenskills.");
      if (at >= 0) {
        String cls = line.substring(at).split(" ")[0];
        if (cls.startsWith("dev.edenskills.docker.")) {
          loaded.add(cls);
        }
      }
    }
    assertThat(String.join("\n", Files.readAllLines(log)))
        .as("the log must show our own classes loading, else it proves nothing")
        .contains("dev.edenskills.cli.");
    return loaded;
  }
}
