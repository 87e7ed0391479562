package dev.edenskills.verify;

import static dev.edenskills.adapter.TestTrees.skill;
import static dev.edenskills.adapter.TestTrees.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.adapter.InstallRequest;
import dev.edenskills.adapter.LocalAdapter;
import dev.edenskills.config.InstallMode;
import dev.edenskills.config.VerifyCheck;
import dev.edenskills.config.VerifySpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifierTest {
  @TempDir Path tmp;
  final Verifier verifier = new Verifier();

  Path src() {
    return skill(tmp.resolve("store/snapshots/k/c1/pdf"), "pdf");
  }

  Path target() {
    return tmp.resolve("skills/pdf");
  }

  void install(InstallMode mode) {
    new LocalAdapter()
        .install(new InstallRequest("pdf", src(), target(), mode, tmp.resolve("store")), false);
  }

  List<String> failed(VerifyCheck... checks) {
    VerifyResult r = verifier.verify("pdf", target(), src(), new VerifySpec(true, List.of(checks)));
    assertThat(r.passed()).isEqualTo(r.failures().isEmpty());
    return r.failures().stream().map(CheckFailure::check).toList();
  }

  @Test
  void aSymlinkInstallPassesEveryCheck() {
    install(InstallMode.SYMLINK);
    assertThat(failed(VerifyCheck.values())).isEmpty();
  }

  @Test
  void aCopyInstallPassesAllButIsSymlink() {
    install(InstallMode.COPY);
    assertThat(failed(VerifyCheck.values())).containsExactly("is-symlink");
  }

  @Test
  void aMissingTargetFailsEveryCheck() {
    assertThat(failed(VerifyCheck.values()))
        .containsExactly(
            "path-exists", "target-resolves", "is-symlink", "content-present", "content-matches");
  }

  @Test
  void aBrokenSymlinkExistsButDoesNotResolve() throws IOException {
    Files.createDirectories(target().getParent());
    Files.createSymbolicLink(target(), tmp.resolve("store/gone"));
    assertThat(failed(VerifyCheck.PATH_EXISTS, VerifyCheck.IS_SYMLINK)).isEmpty();
    assertThat(failed(VerifyCheck.TARGET_RESOLVES)).containsExactly("target-resolves");
  }

  @Test
  void aSymlinkToAnotherDirectoryDoesNotResolveToTheSource() throws IOException {
    Files.createDirectories(target().getParent());
    Files.createSymbolicLink(target(), skill(tmp.resolve("elsewhere"), "pdf"));
    VerifyResult r =
        verifier.verify(
            "pdf", target(), src(), new VerifySpec(true, List.of(VerifyCheck.TARGET_RESOLVES)));
    assertThat(r.passed()).isFalse();
    assertThat(r.failures().getFirst().message()).contains("expected");
  }

  @Test
  void contentPresentNeedsANonEmptyDirectoryWithSkillMd() throws IOException {
    Files.createDirectories(target());
    assertThat(failed(VerifyCheck.CONTENT_PRESENT)).containsExactly("content-present");
    write(target().resolve("README.md"), "no skill file");
    assertThat(failed(VerifyCheck.CONTENT_PRESENT)).containsExactly("content-present");
    write(target().resolve("SKILL.md"), "---\n");
    assertThat(failed(VerifyCheck.CONTENT_PRESENT)).isEmpty();
  }

  @Test
  void contentMatchesIgnoresTheMarkerButNotEdits() {
    install(InstallMode.COPY);
    assertThat(failed(VerifyCheck.CONTENT_MATCHES)).isEmpty();
    write(target().resolve("scripts/run.sh"), "echo edited\n");
    assertThat(failed(VerifyCheck.CONTENT_MATCHES)).containsExactly("content-matches");
  }

  /** Issue 15: the source's SKILL.md is a link to the real file elsewhere in the snapshot. */
  Path linkedSkillMd() throws IOException {
    Path real = skill(tmp.resolve("store/snapshots/k/c1/team/pdf"), "pdf").resolve("SKILL.md");
    Path src = src();
    Files.delete(src.resolve("SKILL.md"));
    Files.createSymbolicLink(src.resolve("SKILL.md"), Path.of("../team/pdf/SKILL.md"));
    return real;
  }

  @Test
  void aSkillMdLinkedElsewhereInTheSnapshotPassesTheDefaultAndContentChecks() throws IOException {
    linkedSkillMd();
    install(InstallMode.SYMLINK);
    assertThat(failed(VerifyCheck.values())).isEmpty();
  }

  @Test
  void aSkillMdLinkThatNoLongerResolvesFailsTargetResolvesAndContentPresent() throws IOException {
    Path real = linkedSkillMd();
    install(InstallMode.SYMLINK);
    Path src = src();
    Files.delete(real); // src() rewrites SKILL.md (through the link): not called from here on
    VerifyResult r = verifier.verify("pdf", target(), src, new VerifySpec(true, List.of()));
    assertThat(r.passed()).isTrue();
    r =
        verifier.verify(
            "pdf",
            target(),
            src,
            new VerifySpec(
                true,
                List.of(
                    VerifyCheck.PATH_EXISTS,
                    VerifyCheck.IS_SYMLINK,
                    VerifyCheck.TARGET_RESOLVES,
                    VerifyCheck.CONTENT_PRESENT)));
    assertThat(r.failures())
        .extracting(CheckFailure::check)
        .containsExactly("target-resolves", "content-present");
    assertThat(r.failures())
        .extracting(CheckFailure::message)
        .containsOnly("SKILL.md is a symlink that does not resolve to a file");
  }

  @Test
  void anyDanglingLinkInsideTheSkillFailsContentPresentAndNamesIt() throws IOException {
    install(InstallMode.COPY);
    Files.createSymbolicLink(target().resolve("scripts/helper.sh"), Path.of("../../gone.sh"));
    VerifyResult r =
        verifier.verify(
            "pdf", target(), src(), new VerifySpec(true, List.of(VerifyCheck.CONTENT_PRESENT)));
    assertThat(r.failures())
        .extracting(CheckFailure::message)
        .containsExactly("link scripts/helper.sh -> ../../gone.sh does not resolve");
  }

  @Test
  void aSkillMdThatIsADirectoryIsNotContent() throws IOException {
    Files.createDirectories(target().resolve("SKILL.md"));
    assertThat(failed(VerifyCheck.CONTENT_PRESENT)).containsExactly("content-present");
  }

  @Test
  void disabledVerificationRunsNothing() {
    VerifyResult r =
        verifier.verify(
            "pdf", target(), src(), new VerifySpec(false, List.of(VerifyCheck.values())));
    assertThat(r.passed()).isTrue();
    assertThat(r.failures()).isEmpty();
    assertThat(r.targetPath()).isEqualTo(target().toString());
  }
}
