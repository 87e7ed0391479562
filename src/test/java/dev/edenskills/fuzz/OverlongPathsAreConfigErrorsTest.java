package dev.edenskills.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.CliHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression (config fuzzing, seeds 7585 and 9935): a custom target path with a segment over 255
 * bytes or over 4096 bytes in all made {@code plan} fail at the OS with exit 1 and a hint about
 * permissions; it is a config error (exit 2) that names the field.
 */
class OverlongPathsAreConfigErrorsTest {
  @TempDir Path home;

  @ParameterizedTest
  @ValueSource(ints = {256, 3_000, 10_000})
  void anOverlongTargetPathIsACodedConfigError(int length) throws Exception {
    String path = length == 3_000 ? "a/".repeat(2_100) : "x".repeat(length);
    Path config =
        Files.writeString(
            home.resolve("skills.toml"),
            """
            version = 1
            [[skills]]
            id = "pdf"
            [skills.source]
            repo = "./src"
            [[skills.targets]]
            agent = "custom"
            path = "%s"
            """
                .formatted(path));
    CliHarness.Result r = new CliHarness(home).run("--config", config.toString(), "plan");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("error[INVALID_VALUE] skills[0].targets[0].path");
    assertThat(r.err().length()).as("the path is not echoed back").isLessThan(2_000);
  }
}
