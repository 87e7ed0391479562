package dev.edenskills.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.apply.ApplyReport;
import dev.edenskills.apply.ApplyResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A failure that is a bug in the tool says so under its line and asks for a report; an ordinary
 * failure (the network, a missing ref) does not.
 */
class AnInternalFailureAsksForAReportTest {
  private static String render(ApplyResult.FailureLine... failures) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ApplyReport report =
        new ApplyReport(
            new ApplyReport.Sync(0, 0, 0, failures.length, List.of(), 10),
            List.of(),
            new ApplyReport.Verify(0, 0),
            List.of(failures),
            10);
    new ApplyRenderer(
            new Output(new PrintWriter(out), new PrintWriter(err), false, false, false), false)
        .render(report, false);
    return err.toString();
  }

  @Test
  void onlyTheInternalFailureCarriesThePleaseReportHint() {
    String err =
        render(
            new ApplyResult.FailureLine(
                "buggy",
                "materialize",
                "https://h/buggy.git",
                "internal error: java.lang.NullPointerException: x",
                Optional.of(new NullPointerException("x")),
                true),
            new ApplyResult.FailureLine(
                "ghost",
                "clone",
                "https://h/ghost.git",
                "repository not found at https://h/ghost.git"));

    assertThat(err.lines())
        .containsExactly(
            "failed skill=buggy stage=materialize repo=https://h/buggy.git detail=internal error:"
                + " java.lang.NullPointerException: x",
            "  hint: this is a bug in eden-skills, please report it (run with -v for the stack"
                + " trace)",
            "failed skill=ghost stage=clone repo=https://h/ghost.git detail=repository not found at"
                + " https://h/ghost.git");
  }

  @Test
  void theSummaryLinesAreWordedHere() {
    ApplyReport report =
        new ApplyReport(
            new ApplyReport.Sync(1, 2, 3, 0, List.of(), 1500),
            List.of(),
            new ApplyReport.Verify(4, 0),
            List.of(),
            1500);
    assertThat(ApplyRenderer.summaryLines(report))
        .containsExactly(
            "source sync: cloned=1 updated=2 skipped=3 failed=0 [1.5s]",
            "install: create=0 update=0 noop=0 conflict=0 removed=0",
            "verify: passed=4 failed=0");
  }
}
