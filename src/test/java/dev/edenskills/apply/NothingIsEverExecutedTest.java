package dev.edenskills.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.edenskills.testing.ApplyWorld;
import dev.edenskills.testing.TestRepos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No execution (issue 7): nothing from a skill is ever run and no process is ever spawned with
 * user-controlled strings. Two proofs: the code base's process-spawning call sites are pinned (a
 * new one fails this test until it is reviewed and listed), and a real apply/check/install of a
 * booby-trapped repository under {@code strace -f} makes no {@code execve} at all.
 */
class NothingIsEverExecutedTest {
  /** Anything that can start a process or evaluate code, in our sources. */
  private static final Pattern SPAWN =
      Pattern.compile(
          "ProcessBuilder|Runtime\\.getRuntime\\(\\)\\s*\\.exec|\\.exec\\(|ScriptEngine"
              + "|javax\\.script|jdk\\.jshell|ToolProvider|runInShell|runProcess|FS\\.DETECTED\\.exec"
              + "|/bin/(ba)?sh|\"sh\",\\s*\"-c|cmd\\.exe|Desktop\\.getDesktop|HookFactory|\\bHooks\\.");

  /**
   * The reviewed call sites: file → number of matching lines. Production code has only the
   * container support (used only for targets in containers, see
   * ContainerSupportLoadsOnlyWhenNeededTest): the {@code docker} CLI started with an argv array
   * (never a host shell), and fixed {@code /bin/sh -c} scripts run inside the container by {@code
   * docker exec} (mkdir, mv, rm, listing; paths passed as positional arguments, never spliced into
   * the script). The build script runs jlink/jar through ToolProvider and, with fixed argv, the
   * image it just built, tar and strip (on the image's own shared libraries), and writes the
   * image's fixed {@code #!/bin/sh} launcher.
   */
  private static final Map<String, Integer> ALLOWED =
      Map.of(
          "src/build/MakeImage.java", 7,
          "src/main/java/dev/edenskills/docker/DockerCli.java", 2,
          "src/main/java/dev/edenskills/docker/ContainerShell.java", 2,
          "src/main/java/dev/edenskills/docker/Containers.java", 1,
          "src/main/java/dev/edenskills/docker/ContainerAgents.java", 2);

  @Test
  void processSpawningCallSitesArePinned() throws IOException {
    Map<String, Integer> found = new TreeMap<>();
    for (String dir : List.of("src/main", "src/build")) {
      Path root = Path.of(dir);
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          long n =
              Files.readAllLines(f, StandardCharsets.UTF_8).stream()
                  .filter(l -> !l.strip().startsWith("*") && !l.strip().startsWith("//"))
                  .filter(l -> SPAWN.matcher(l).find())
                  .count();
          if (n > 0) {
            found.put(f.toString().replace('\\', '/'), (int) n);
          }
        }
      }
    }
    assertThat(found).as("process-spawning lines per file").isEqualTo(new TreeMap<>(ALLOWED));
  }

  @TempDir Path tmp;

  @Test
  @Tag("slow")
  void applyCheckAndInstallOfABoobyTrappedRepoSpawnNoProcess() throws Exception {
    assumeThat(Files.isExecutable(Path.of("/usr/bin/strace")))
        .as("strace is needed to watch execve; without it only the pinned call sites prove this")
        .isTrue();
    try (ApplyWorld w = new ApplyWorld(tmp)) {
      Path canary = tmp.resolve("canary");
      String touch = "touch " + canary;
      TestRepos.Repo repo = TestRepos.create(w.repos, "trap");
      repo.skill("skills/trap", "trap", "Runs nothing; $(" + touch + ")");
      repo.executable("skills/trap/install.sh", "#!/bin/sh\n" + touch + "\n");
      repo.executable(
          "skills/trap/scripts/run.py", "#!/usr/bin/env python3\nopen('" + canary + "','w')\n");
      repo.file("skills/trap/package.json", "{\"scripts\":{\"postinstall\":\"" + touch + "\"}}\n");
      repo.file("skills/trap/.gitattributes", "* filter=evil\n");
      repo.file(".gitattributes", "* filter=evil diff=evil\n");
      repo.executable("skills/trap/hooks/post-checkout", "#!/bin/sh\n" + touch + "\n");
      repo.executable("skills/trap/.git-hooks/post-merge", "#!/bin/sh\n" + touch + "\n");
      repo.file("skills/trap/Makefile", "all:\n\t" + touch + "\n");
      repo.commit("trap");
      w.skill(
          "trap",
          w.server.url("trap"),
          "main",
          "skills/trap",
          "copy",
          ApplyWorld.agents("claude-code"));
      w.skill(
          "trap-link",
          w.server.url("trap"),
          "main",
          "skills/trap",
          "symlink",
          ApplyWorld.agents("cursor"));
      // trap-link's id differs from the front-matter name: still installs (id is the config's).
      Path config = w.config();
      List<String> execs = new ArrayList<>();
      execs.addAll(traced(w.home, "--config", config.toString(), "apply"));
      execs.addAll(traced(w.home, "--config", config.toString(), "apply", "--update"));
      execs.addAll(traced(w.home, "check", w.claude("trap").toString()));
      execs.addAll(traced(w.home, "--config", config.toString(), "doctor"));
      execs.addAll(
          traced(w.home, "--config", config.toString(), "install", w.server.url("trap"), "--list"));
      System.out.printf("RELIABILITY no-exec traced-runs=5 execve-beyond-java=%d%n", execs.size());
      assertThat(execs).as("execve calls besides starting java").isEmpty();
      assertThat(canary).doesNotExist();
      assertThat(w.claude("trap").resolve("install.sh")).exists();
    }
  }

  /** Runs the CLI under {@code strace -f}; returns every execve except the java launch itself. */
  private List<String> traced(Path home, String... args) throws Exception {
    Path log = Files.createTempFile(tmp, "strace-", ".log");
    String java = ProcessHandle.current().info().command().orElseThrow();
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "/usr/bin/strace",
                "-f",
                "-qq",
                "-e",
                "trace=execve,execveat",
                "-o",
                log.toString(),
                java,
                "--enable-preview",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.edenskills.Main"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("HOME", home.toString());
    pb.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    List<String> execs = new ArrayList<>();
    boolean first = true;
    for (String line : Files.readAllLines(log)) {
      if (line.contains("execve(") || line.contains("execveat(")) {
        if (first && line.contains(java)) {
          first = false;
          continue;
        }
        execs.add(String.join(" ", args) + ": " + line);
      }
    }
    assumeThat(first).as("strace could not trace (ptrace not permitted?)").isFalse();
    return execs;
  }
}
