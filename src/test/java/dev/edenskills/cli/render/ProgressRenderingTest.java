package dev.edenskills.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.reactor.ProgressEvent;
import dev.edenskills.reactor.Stage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProgressRenderingTest {
  private static final Instant T = Instant.parse("2026-11-26T12:00:00Z");

  @Test
  void streamingLinesFollowTheContract() {
    StringWriter s = new StringWriter();
    StreamingProgress p = new StreamingProgress(new PrintWriter(s));
    p.on(new ProgressEvent.PhaseAStarted(T, 2, 10));
    p.on(new ProgressEvent.RepoStarted(T, "anthropics/skills"));
    p.on(new ProgressEvent.RepoProgress(T, "anthropics/skills", Stage.FETCH, "Receiving", 1, 2));
    p.on(
        new ProgressEvent.RepoFinished(
            T, "anthropics/skills", true, "(3 skills)", Duration.ofMillis(1234)));
    p.on(
        new ProgressEvent.RepoFinished(
            T, "x/y", false, "stage=fetch detail=connection reset", Duration.ofMillis(10)));
    assertThat(s.toString().lines())
        .containsExactly(
            "downloading anthropics/skills...",
            "downloaded anthropics/skills (3 skills) [1.2s]",
            "failed x/y: stage=fetch detail=connection reset");
  }

  @Test
  void liveViewRedrawsInFlightReposAndKeepsFinishedLines() {
    StringWriter s = new StringWriter();
    LiveProgress p = new LiveProgress(new PrintWriter(s));
    p.on(new ProgressEvent.PhaseAStarted(T, 2, 10));
    p.on(new ProgressEvent.RepoStarted(T, "a/one"));
    p.on(new ProgressEvent.RepoStarted(T, "b/two"));
    String drawn = s.toString();
    assertThat(drawn).contains("  a/one  starting").contains("  b/two  starting");
    assertThat(drawn).contains("0/2 repositories");
    p.on(new ProgressEvent.RepoFinished(T, "a/one", true, "(1 skill)", Duration.ofSeconds(2)));
    p.on(new ProgressEvent.PhaseAFinished(T, Duration.ofSeconds(2)));
    String all = s.toString();
    assertThat(all).contains("downloaded a/one (1 skill) [2.0s]");
    assertThat(all).contains("1/2 repositories");
    // Redraws move the cursor up and clear lines instead of scrolling the log.
    assertThat(all).contains("\u001b[1A\u001b[2K");
  }

  @Test
  void liveViewShowsEachStageWordOnce() {
    assertThat(LiveProgress.label(Stage.FETCH.id(), Stage.FETCH.id())).isEqualTo("fetch");
    assertThat(LiveProgress.label("fetch", "Receiving objects"))
        .isEqualTo("fetch Receiving objects");
    StringWriter s = new StringWriter();
    LiveProgress p = new LiveProgress(new PrintWriter(s));
    p.on(new ProgressEvent.PhaseAStarted(T, 1, 1));
    p.on(new ProgressEvent.RepoStarted(T, "a/one"));
    p.on(new ProgressEvent.RepoFinished(T, "a/one", true, "(1 skill)", Duration.ofSeconds(1)));
    p.on(new ProgressEvent.RepoProgress(T, "b/two", Stage.FETCH, Stage.FETCH.id(), 0, 0));
    assertThat(s.toString()).doesNotContain("fetch fetch");
  }
}
