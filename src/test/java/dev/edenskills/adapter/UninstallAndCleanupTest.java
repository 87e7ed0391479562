package dev.edenskills.adapter;

import static dev.edenskills.adapter.TestTrees.read;
import static dev.edenskills.adapter.TestTrees.skill;
import static dev.edenskills.adapter.TestTrees.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.edenskills.common.AtomicFiles;
import dev.edenskills.config.InstallMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UninstallAndCleanupTest {
  @TempDir Path tmp;
  final LocalAdapter adapter = new LocalAdapter();

  Path store() {
    return tmp.resolve("store");
  }

  @Test
  void uninstallRemovesAnOwnedSymlinkButNotTheSnapshot() {
    Path src = skill(store().resolve("snapshots/k/c1/pdf"), "pdf");
    Path target = tmp.resolve("skills/pdf");
    adapter.install(new InstallRequest("pdf", src, target, InstallMode.SYMLINK, store()), false);

    assertThat(adapter.uninstall(target, Ownership.store(store()))).isTrue();

    assertThat(Files.exists(target, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(src.resolve("SKILL.md")).exists();
    assertThat(adapter.uninstall(target, Ownership.store(store()))).isFalse();
  }

  @Test
  void uninstallDeletesAReadOnlyCopyWithoutFollowingLinksOutOfIt() throws IOException {
    Path src = skill(tmp.resolve("work/pdf"), "pdf");
    Path target = tmp.resolve("skills/pdf");
    adapter.install(new InstallRequest("pdf", src, target, InstallMode.COPY, store()), false);
    // a user later adds links pointing outside the copy, and the copy becomes read-only
    Path outsideDir = skill(tmp.resolve("precious"), "precious");
    Path outsideFile = write(tmp.resolve("precious.txt"), "keep me");
    Files.createSymbolicLink(target.resolve("dir-link"), outsideDir);
    Files.createSymbolicLink(target.resolve("scripts/file-link"), outsideFile);
    TestTrees.readOnly(target);

    assertThat(adapter.uninstall(target, Ownership.store(store()))).isTrue();

    assertThat(Files.exists(target, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(read(outsideFile)).isEqualTo("keep me");
    assertThat(outsideDir.resolve("SKILL.md")).exists();
    assertThat(outsideDir.resolve("scripts/run.sh")).exists();
    assertThat(adapter.staleTemps(target.getParent())).isEmpty();
  }

  @Test
  void uninstallRefusesForeignContentAndLeavesItAlone() throws IOException {
    Path dir = tmp.resolve("skills/pdf");
    write(dir.resolve("notes.md"), "mine");
    assertThatThrownBy(() -> adapter.uninstall(dir, Ownership.store(store())))
        .isInstanceOf(TargetConflict.class);
    assertThat(read(dir.resolve("notes.md"))).isEqualTo("mine");

    Path link = tmp.resolve("skills/other");
    Path elsewhere = skill(tmp.resolve("elsewhere"), "other");
    Files.createSymbolicLink(link, elsewhere);
    assertThatThrownBy(() -> adapter.uninstall(link, Ownership.store(store())))
        .isInstanceOf(TargetConflict.class)
        .hasMessageContaining("symlink");
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void staleTempsListsOnlyLeftoverTempEntries() throws IOException {
    Path root = tmp.resolve("skills");
    skill(root.resolve("pdf"), "pdf");
    Path tempDir = root.resolve(AtomicFiles.TEMP_PREFIX + "pdf-old-abc");
    skill(tempDir, "pdf");
    TestTrees.readOnly(tempDir);
    Path tempLink = root.resolve(AtomicFiles.TEMP_PREFIX + "pdf-new-xyz");
    Files.createSymbolicLink(tempLink, root.resolve("pdf"));

    assertThat(adapter.staleTemps(root)).containsExactly(tempLink, tempDir);
    assertThat(adapter.staleTemps(tmp.resolve("nope"))).isEmpty();

    adapter.removeStaleTemp(tempDir);
    adapter.removeStaleTemp(tempLink);
    assertThat(adapter.staleTemps(root)).isEmpty();
    assertThat(root.resolve("pdf/SKILL.md")).exists();
    assertThatThrownBy(() -> adapter.removeStaleTemp(root.resolve("pdf")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
