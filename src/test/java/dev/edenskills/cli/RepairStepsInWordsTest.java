package dev.edenskills.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.doctor.RepairStep;
import dev.edenskills.doctor.RepairStep.Kind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** repair reports its own steps as data; cli words them, a failure with its reason. */
class RepairStepsInWordsTest {
  private static String done(Kind kind, String subject) {
    return RepairCommand.line(new RepairStep(kind, subject, Optional.empty()));
  }

  private static String failed(Kind kind, String subject, String error) {
    return RepairCommand.line(new RepairStep(kind, subject, Optional.of(error)));
  }

  @Test
  void eachStepSaysWhatItDidToWhat() {
    assertThat(done(Kind.REMOVE_STALE_TEMP, "/h/.claude/skills/.eden-tmp-x"))
        .isEqualTo("removed stale temp /h/.claude/skills/.eden-tmp-x");
    assertThat(done(Kind.RESTORE_SNAPSHOT, "acme/skills at 0123456"))
        .isEqualTo("restored snapshot of acme/skills at 0123456");
    assertThat(done(Kind.REWRITE_SNAPSHOT, "k at 0123456"))
        .isEqualTo("rewrote the damaged snapshot of k at 0123456");
  }

  @Test
  void aFailedStepSaysWhatItCouldNotDoAndWhy() {
    assertThat(failed(Kind.REMOVE_STALE_TEMP, "/t/x", "Permission denied"))
        .isEqualTo("could not remove stale temp /t/x: Permission denied");
    assertThat(failed(Kind.SET_ASIDE_SNAPSHOT, "k at 0123456", "Read-only file system"))
        .isEqualTo(
            "could not set aside the damaged snapshot of k at 0123456: Read-only file system");
    assertThat(failed(Kind.RESTORE_SNAPSHOT, "acme/skills at 0123456", "stage=fetch detail=x"))
        .isEqualTo("could not restore snapshot of acme/skills at 0123456: stage=fetch detail=x");
    assertThat(failed(Kind.REWRITE_SNAPSHOT, "k at 0123456", "busy"))
        .isEqualTo("could not settle the damaged snapshot of k at 0123456: busy");
  }
}
