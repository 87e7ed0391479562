package dev.edenskills.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The test servers serve what TestRepos writes, count requests and inject faults. */
@Timeout(60)
class GitServersTest {
  @TempDir Path tmp;
  Path root;
  TestRepos.Repo repo;

  @BeforeEach
  void setUp() {
    root = tmp.resolve("srv");
    repo = TestRepos.create(root, "acme/skills");
    repo.skill("skills/pdf", "pdf", "Reads PDFs").executable("run.sh", "#!/bin/sh\n");
    byte[] noise = new byte[200_000];
    new Random(1).nextBytes(noise);
    repo.file("blob.bin", noise).commit("first");
  }

  private Path cloneFrom(String url, String dir) throws Exception {
    Path into = tmp.resolve(dir);
    try (Git git = Git.cloneRepository().setURI(url).setDirectory(into.toFile()).call()) {
      assertThat(git.getRepository().resolve(Constants.HEAD).name()).isEqualTo(repo.head());
    }
    return into;
  }

  @Test
  void commitsAreDeterministic() {
    TestRepos.Repo other = TestRepos.create(tmp.resolve("other"), "acme/skills");
    byte[] noise = new byte[200_000];
    new Random(1).nextBytes(noise);
    other.skill("skills/pdf", "pdf", "Reads PDFs").executable("run.sh", "#!/bin/sh\n");
    assertThat(other.file("blob.bin", noise).commit("first")).isEqualTo(repo.head());
  }

  @Test
  void httpServesClonesAndCountsRequests() throws Exception {
    try (GitHttpServer http = GitHttpServer.start(root)) {
      Path dir = cloneFrom(http.url("acme/skills"), "c1");
      assertThat(Files.isExecutable(dir.resolve("run.sh"))).isTrue();
      assertThat(http.requests()).isGreaterThanOrEqualTo(2);
      assertThat(http.requests("acme/skills")).isEqualTo(http.requests());
      assertThat(http.maxInFlight()).isGreaterThanOrEqualTo(1);
      http.reset();
      assertThat(http.requests()).isZero();
    }
  }

  @Test
  void httpAnswers503WhenTold() throws Exception {
    try (GitHttpServer http = GitHttpServer.start(root)) {
      http.failNext(1);
      assertThatThrownBy(() -> cloneFrom(http.url("acme/skills"), "c1"))
          .isInstanceOf(TransportException.class);
      cloneFrom(http.url("acme/skills"), "c2");
    }
  }

  @Test
  void httpCutsTheConnectionMidPack() throws Exception {
    try (GitHttpServer http = GitHttpServer.start(root)) {
      http.cutAfter("acme/skills", 20_000);
      assertThatThrownBy(() -> cloneFrom(http.url("acme/skills"), "c1"))
          .isInstanceOf(TransportException.class);
      http.clearFaults();
      cloneFrom(http.url("acme/skills"), "c2");
    }
  }

  @Test
  void httpThrottlesAndDelaysButStillServes() throws Exception {
    try (GitHttpServer http = GitHttpServer.start(root)) {
      http.bandwidth(4_000_000).latency(50);
      cloneFrom(http.url("acme/skills"), "c1");
    }
  }

  @Test
  void httpCountsConcurrentRequests() throws Exception {
    try (GitHttpServer http = GitHttpServer.start(root);
        var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
      http.latency(300);
      var futures = new java.util.ArrayList<java.util.concurrent.Future<Path>>();
      for (int i = 0; i < 3; i++) {
        String dir = "c" + i;
        futures.add(pool.submit(() -> cloneFrom(http.url("acme/skills"), dir)));
      }
      for (var f : futures) {
        f.get();
      }
      assertThat(http.maxInFlight()).isGreaterThanOrEqualTo(2);
      assertThat(http.inFlight()).isZero();
    }
  }

  @Test
  void daemonServesClones() throws Exception {
    try (GitDaemonServer daemon = GitDaemonServer.start(root)) {
      cloneFrom(daemon.url("acme/skills"), "c1");
    }
  }

  @Test
  void fileUrlsClone() throws Exception {
    cloneFrom(repo.fileUrl(), "c1");
  }
}
