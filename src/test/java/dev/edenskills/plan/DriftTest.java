package dev.edenskills.plan;

import static dev.edenskills.adapter.TestTrees.skill;
import static dev.edenskills.adapter.TestTrees.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.adapter.InstallRequest;
import dev.edenskills.adapter.Ownership;
import dev.edenskills.adapter.TargetAdapter;
import dev.edenskills.adapter.TargetAdapters;
import dev.edenskills.adapter.TreeHash;
import dev.edenskills.common.Env;
import dev.edenskills.common.SafeDelete;
import dev.edenskills.config.InstallMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftTest {
  @TempDir Path tmp;
  final TargetAdapter adapter = new TargetAdapters(Env.system()).local();

  Path store() {
    return tmp.resolve("store");
  }

  Path target() {
    return tmp.resolve("skills/pdf");
  }

  List<Drift> drift(Path source, InstallMode mode) throws IOException {
    Optional<String> hash =
        Files.isDirectory(source) ? Optional.of(TreeHash.of(source)) : Optional.empty();
    Desired d = new Desired("pdf", source, target(), mode, hash);
    return Drift.find(
        d, adapter.inspect(target(), Ownership.of(store(), source)), Files.isDirectory(source));
  }

  @Test
  void aHealthyInstallHasNoDrift() throws IOException {
    Path src = skill(store().resolve("snapshots/k/c1/pdf"), "pdf");
    adapter.install(new InstallRequest("pdf", src, target(), InstallMode.SYMLINK, store()), false);
    assertThat(drift(src, InstallMode.SYMLINK)).isEmpty();
  }

  @Test
  void eachKindOfDriftIsNamedByItsDoctorCode() throws IOException {
    Path src = skill(store().resolve("snapshots/k/c1/pdf"), "pdf");
    assertThat(drift(src, InstallMode.SYMLINK)).containsExactly(Drift.TARGET_MISSING);

    adapter.install(new InstallRequest("pdf", src, target(), InstallMode.COPY, store()), false);
    write(target().resolve("SKILL.md"), "edited");
    assertThat(drift(src, InstallMode.COPY)).containsExactly(Drift.CONTENT_DRIFT);
    assertThat(drift(src, InstallMode.SYMLINK)).contains(Drift.TARGET_MISMATCH);

    adapter.install(new InstallRequest("pdf", src, target(), InstallMode.SYMLINK, store()), true);
    Path other = skill(store().resolve("snapshots/k/c2/pdf"), "pdf");
    assertThat(drift(other, InstallMode.SYMLINK)).containsExactly(Drift.TARGET_MISMATCH);

    SafeDelete.tree(store().resolve("snapshots/k/c1"));
    assertThat(drift(src, InstallMode.SYMLINK))
        .containsExactly(Drift.BROKEN_SYMLINK, Drift.SOURCE_MISSING);

    Files.delete(target());
    write(target().resolve("mine"), "x");
    assertThat(drift(other, InstallMode.SYMLINK)).containsExactly(Drift.UNMANAGED_TARGET);
    assertThat(Drift.UNMANAGED_TARGET.code()).isEqualTo("UNMANAGED_TARGET");
  }
}
