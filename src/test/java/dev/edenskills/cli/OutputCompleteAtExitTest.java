package dev.edenskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edenskills.common.AtomicFiles;
import dev.edenskills.testing.ChildCli;
import dev.edenskills.testing.GitHttpServer;
import dev.edenskills.testing.TestRepos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image's launcher tells the JVM not to wait for threads still in native code at exit (the
 * JDK's I/O poller, parked after any socket read on a virtual thread, cost 300 ms per command).
 * That is only safe because everything the command writes is written, flushed and closed before
 * {@code main} returns: checked here on a real process, started with the same JVM option, after
 * real HTTP fetches.
 */
class OutputCompleteAtExitTest {
  @TempDir Path tmp;

  private static final List<String> IDS =
      IntStream.rangeClosed(1, 40).mapToObj(i -> "skill-%02d".formatted(i)).toList();

  @Test
  void aCommandThatFetchedOverHttpHasWrittenAllItsOutputAndFilesWhenItExits() throws Exception {
    Path home = Files.createDirectories(tmp.resolve("home"));
    Path repos = Files.createDirectories(tmp.resolve("repos"));
    TestRepos.Repo repo = TestRepos.create(repos, "acme/many");
    for (String id : IDS) {
      repo.skill("skills/" + id, id, "Skill " + id + " with a description long enough to matter");
    }
    repo.commit("forty skills");
    try (GitHttpServer server = GitHttpServer.start(repos)) {
      Path json = tmp.resolve("install.json");
      Process install =
          ChildCli.startLikeTheLauncher(
              home, json, "--json", "install", server.url("acme/many"), "--all");
      assertThat(install.waitFor(120, TimeUnit.SECONDS)).isTrue();
      String err = new String(install.getErrorStream().readAllBytes());
      assertThat(install.exitValue()).as(err).isZero();

      JsonNode doc = new ObjectMapper().readTree(json.toFile());
      assertThat(doc.path("apply").path("actions")).hasSize(IDS.size());
      assertThat(Files.readString(json)).endsWith("\n");

      Path lock = home.resolve(".eden-skills/skills.lock");
      String lockText = Files.readString(lock);
      for (String id : IDS) {
        assertThat(lockText).contains("\"" + id + "\"");
        assertThat(home.resolve(".claude/skills").resolve(id).resolve("SKILL.md")).exists();
      }
      try (Stream<Path> files = Files.walk(home)) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .as("no temporary file left behind")
            .noneMatch(n -> n.startsWith(AtomicFiles.TEMP_PREFIX));
      }

      Path listed = tmp.resolve("list.txt");
      Process list = ChildCli.startLikeTheLauncher(home, listed, "list");
      assertThat(list.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(list.exitValue()).isZero();
      String text = Files.readString(listed);
      assertThat(text).contains(IDS);
      assertThat(text).endsWith("\n");
    }
  }
}
