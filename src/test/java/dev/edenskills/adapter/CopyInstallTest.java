package dev.edenskills.adapter;

import static dev.edenskills.adapter.TestTrees.chmod;
import static dev.edenskills.adapter.TestTrees.read;
import static dev.edenskills.adapter.TestTrees.skill;
import static dev.edenskills.adapter.TestTrees.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.edenskills.common.ErrorCode;
import dev.edenskills.config.InstallMode;
import dev.edenskills.source.StoreLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CopyInstallTest {
  @TempDir Path tmp;
  final LocalAdapter adapter = new LocalAdapter();

  Path store() {
    return tmp.resolve("store");
  }

  Path snapshot(String commit) {
    return skill(store().resolve("snapshots/k/" + commit + "/pdf"), "pdf");
  }

  /** As apply asks it: links followed to the edge of the snapshot the source lives in. */
  InstallRequest copy(Path source, Path target) {
    Path boundary = new StoreLayout(store()).boundaryOf(source);
    return new InstallRequest("pdf", source, boundary, target, InstallMode.COPY, store());
  }

  @Test
  void copyCarriesAMarkerWithTheSkillIdAndContentHash() throws IOException {
    Path src = snapshot("c1");
    Path target = tmp.resolve("skills/pdf");

    InstallResult r = adapter.install(copy(src, target), false);

    String hash = TreeHash.of(src);
    assertThat(r.contentHash()).contains(hash);
    assertThat(Files.isSymbolicLink(target)).isFalse();
    assertThat(read(target.resolve("SKILL.md"))).isEqualTo(read(src.resolve("SKILL.md")));
    assertThat(ManagedMarker.read(target)).contains(new ManagedMarker("pdf", Optional.of(hash)));
    assertThat(TreeHash.of(target)).isEqualTo(hash);
    assertThat(adapter.inspect(target, Ownership.store(store())))
        .isEqualTo(new TargetState.ManagedCopy("pdf", Optional.of(hash), hash));
    assertThat(adapter.staleTemps(target.getParent())).isEmpty();
  }

  @Test
  void copyOfAReadOnlySnapshotIsWritableAndKeepsExecutableBits() throws IOException {
    Path src = snapshot("c1");
    chmod(src.resolve("scripts/run.sh"), "rwxr-xr-x");
    TestTrees.readOnly(src);
    Path target = tmp.resolve("skills/pdf");

    adapter.install(copy(src, target), false);

    assertThat(Files.getPosixFilePermissions(target.resolve("SKILL.md")))
        .contains(PosixFilePermission.OWNER_WRITE)
        .doesNotContain(PosixFilePermission.OWNER_EXECUTE);
    assertThat(Files.getPosixFilePermissions(target.resolve("scripts/run.sh")))
        .contains(PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
    assertThat(Files.getPosixFilePermissions(target))
        .contains(PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
    assertThat(TreeHash.of(target)).isEqualTo(TreeHash.of(src));
  }

  @Test
  void updateReplacesTheWholeCopy() throws IOException {
    Path target = tmp.resolve("skills/pdf");
    Path c1 = snapshot("c1");
    write(c1.resolve("old-only.txt"), "old");
    adapter.install(copy(c1, target), false);
    Path c2 = snapshot("c2");
    write(c2.resolve("SKILL.md"), "---\nname: pdf\ndescription: v2\n---\n");

    InstallResult r = adapter.install(copy(c2, target), false);

    assertThat(r.replaced()).isInstanceOf(TargetState.ManagedCopy.class);
    assertThat(target.resolve("old-only.txt")).doesNotExist();
    assertThat(read(target.resolve("SKILL.md"))).contains("v2");
    assertThat(ManagedMarker.read(target).orElseThrow().contentHash()).contains(TreeHash.of(c2));
    assertThat(adapter.staleTemps(target.getParent())).isEmpty();
  }

  @Test
  void inTreeSymlinksAreCopiedAsWhatTheyPointTo() throws IOException {
    Path src = snapshot("c1");
    Files.createSymbolicLink(src.resolve("alias.md"), Path.of("SKILL.md"));
    Files.createSymbolicLink(src.resolve("tools"), Path.of("scripts"));
    Path target = tmp.resolve("skills/pdf");

    adapter.install(copy(src, target), false);

    assertThat(Files.isSymbolicLink(target.resolve("alias.md"))).isFalse();
    assertThat(read(target.resolve("alias.md"))).isEqualTo(read(src.resolve("SKILL.md")));
    assertThat(Files.isDirectory(target.resolve("tools"), LinkOption.NOFOLLOW_LINKS)).isTrue();
    assertThat(TreeHash.of(target)).isEqualTo(TreeHash.of(src));
  }

  @Test
  void aLinkToElsewhereInTheSnapshotIsCopiedAsWhatItPointsTo() throws IOException {
    Path src = snapshot("c1");
    Path shared = write(store().resolve("snapshots/k/c1/shared/notes.md"), "shared notes");
    Files.createSymbolicLink(src.resolve("notes.md"), Path.of("../shared/notes.md"));
    Path target = tmp.resolve("skills/pdf");

    InstallResult result = adapter.install(copy(src, target), false);

    assertThat(Files.isSymbolicLink(target.resolve("notes.md"))).isFalse();
    assertThat(read(target.resolve("notes.md"))).isEqualTo(read(shared));
    // The copy hashes like its source seen within the snapshot, so the next plan is a noop.
    Path boundary = new StoreLayout(store()).boundaryOf(src);
    assertThat(boundary).isEqualTo(store().resolve("snapshots/k/c1"));
    assertThat(result.contentHash()).contains(TreeHash.of(src, boundary));
    assertThat(TreeHash.of(src)).isNotEqualTo(TreeHash.of(src, boundary));
  }

  @Test
  void aLinkWhoseTargetTheSnapshotLostIsRefusedAsDanglingNotAsEscaping() throws IOException {
    Path src = snapshot("c1");
    Files.createSymbolicLink(src.resolve("notes.md"), Path.of("../shared/notes.md"));
    Path target = tmp.resolve("skills/pdf");

    assertThatThrownBy(() -> adapter.install(copy(src, target), false))
        .hasFieldOrPropertyWithValue("errorCode", ErrorCode.UNSAFE_SOURCE_CONTENT)
        .hasMessageContaining("is a symlink to ../shared/notes.md, which does not exist");
    assertThat(target).doesNotExist();
  }

  @Test
  void aLinkLeavingTheSnapshotIsStillRefused() throws IOException {
    Path secret = write(tmp.resolve("home/.ssh/id"), "key");
    Path src = snapshot("c1");
    Files.createSymbolicLink(src.resolve("leak"), secret);

    assertThatThrownBy(() -> adapter.install(copy(src, tmp.resolve("skills/pdf")), false))
        .hasFieldOrPropertyWithValue("errorCode", ErrorCode.UNSAFE_SOURCE_CONTENT);
    assertThat(read(secret)).isEqualTo("key");
  }

  @Test
  void aSymlinkLeavingTheSourceIsRefusedAndNothingIsInstalled() throws IOException {
    Path secret = write(tmp.resolve("home/.ssh/id"), "key");
    Path src = skill(tmp.resolve("work/pdf"), "pdf");
    Files.createSymbolicLink(src.resolve("leak"), secret);
    Path target = tmp.resolve("skills/pdf");

    assertThatThrownBy(() -> adapter.install(copy(src, target), false))
        .hasFieldOrPropertyWithValue("errorCode", ErrorCode.UNSAFE_SOURCE_CONTENT)
        .hasMessageContaining("leak");
    assertThat(Files.exists(target, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(adapter.staleTemps(target.getParent())).isEmpty();
    assertThat(read(secret)).isEqualTo("key");
  }

  @Test
  void switchingModesReplacesSymlinkByCopyAndBack() throws IOException {
    Path src = snapshot("c1");
    Path target = tmp.resolve("skills/pdf");
    adapter.install(new InstallRequest("pdf", src, target, InstallMode.SYMLINK, store()), false);

    adapter.install(copy(src, target), false);
    assertThat(adapter.inspect(target, Ownership.store(store())))
        .isInstanceOf(TargetState.ManagedCopy.class);
    assertThat(src.resolve("SKILL.md")).exists();

    adapter.install(new InstallRequest("pdf", src, target, InstallMode.SYMLINK, store()), false);
    assertThat(Files.readSymbolicLink(target)).isEqualTo(src);
    assertThat(adapter.staleTemps(target.getParent())).isEmpty();
  }

  @Test
  void aHandEditedCopyIsStillOwnedButSeenAsEdited() throws IOException {
    Path target = tmp.resolve("skills/pdf");
    adapter.install(copy(snapshot("c1"), target), false);
    write(target.resolve("SKILL.md"), "edited");

    TargetState s = adapter.inspect(target, Ownership.store(store()));

    assertThat(s.owned()).isTrue();
    assertThat(((TargetState.ManagedCopy) s).edited()).isTrue();
  }

  @Test
  void aForeignDirectoryIsNotOverwrittenByACopyWithoutForce() {
    Path target = tmp.resolve("skills/pdf");
    write(target.resolve("SKILL.md"), "hand made");

    assertThatThrownBy(() -> adapter.install(copy(snapshot("c1"), target), false))
        .isInstanceOf(TargetConflict.class);
    assertThat(read(target.resolve("SKILL.md"))).isEqualTo("hand made");
    assertThat(ManagedMarker.presentIn(target)).isFalse();

    adapter.install(copy(snapshot("c1"), target), true);
    assertThat(ManagedMarker.presentIn(target)).isTrue();
    assertThat(read(target.resolve("SKILL.md"))).contains("name: pdf");
  }
}
