package dev.edenskills.adapter;

import static dev.edenskills.adapter.TestTrees.read;
import static dev.edenskills.adapter.TestTrees.skill;
import static dev.edenskills.adapter.TestTrees.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import dev.edenskills.config.InstallMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SymlinkInstallTest {
  @TempDir Path tmp;
  final LocalAdapter adapter = new LocalAdapter();

  Path store() {
    return tmp.resolve("store");
  }

  Path snapshot(String commit) {
    return skill(store().resolve("snapshots/k/" + commit + "/skills/pdf"), "pdf");
  }

  InstallRequest req(Path source, Path target) {
    return new InstallRequest("pdf", source, target, InstallMode.SYMLINK, store());
  }

  @Test
  void createsTheSkillRootAndASymlinkToTheSource() throws IOException {
    Path src = snapshot("c1");
    Path target = tmp.resolve("agent/skills/pdf");

    InstallResult r = adapter.install(req(src, target), false);

    assertThat(r.replaced()).isInstanceOf(TargetState.Absent.class);
    assertThat(Files.readSymbolicLink(target)).isEqualTo(src);
    assertThat(adapter.inspect(target, Ownership.store(store())))
        .isEqualTo(new TargetState.Symlink(src, true, true));
    assertThat(adapter.staleTemps(target.getParent())).isEmpty();
  }

  @Test
  void missingRootWithoutCreateDirsIsAClearErrorAndCreatesNothing() {
    Path src = snapshot("c1");
    Path root = tmp.resolve("agent/skills");
    InstallRequest r =
        new InstallRequest(
            "pdf",
            src,
            src,
            root.resolve("pdf"),
            InstallMode.SYMLINK,
            store(),
            Ownership.of(store(), src),
            false);

    assertThatThrownBy(() -> adapter.install(r, false))
        .isInstanceOf(Problem.class)
        .hasFieldOrPropertyWithValue("errorCode", ErrorCode.SKILL_ROOT_MISSING)
        .hasMessageContaining(root.toString());
    assertThat(tmp.resolve("agent")).doesNotExist();
  }

  @Test
  void updateRepointsTheSymlinkToTheNewSnapshot() throws IOException {
    Path target = tmp.resolve("skills/pdf");
    adapter.install(req(snapshot("c1"), target), false);
    Path c2 = snapshot("c2");

    InstallResult r = adapter.install(req(c2, target), false);

    assertThat(r.replaced()).isInstanceOf(TargetState.Symlink.class);
    assertThat(Files.readSymbolicLink(target)).isEqualTo(c2);
    assertThat(adapter.staleTemps(target.getParent())).isEmpty();
  }

  @Test
  void replacingASymlinkNeverLeavesTheTargetMissing() throws Exception {
    Path target = tmp.resolve("skills/pdf");
    Path c1 = snapshot("c1");
    Path c2 = snapshot("c2");
    adapter.install(req(c1, target), false);
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger missing = new AtomicInteger();
    AtomicInteger looks = new AtomicInteger();
    Thread watcher =
        Thread.ofPlatform()
            .start(
                () -> {
                  while (!stop.get()) {
                    looks.incrementAndGet();
                    if (!Files.isDirectory(target)) {
                      missing.incrementAndGet();
                    }
                  }
                });
    try {
      for (int i = 0; i < 400; i++) {
        adapter.install(req(i % 2 == 0 ? c2 : c1, target), false);
      }
    } finally {
      stop.set(true);
      watcher.join(30_000);
    }
    assertThat(looks.get()).isPositive();
    assertThat(missing.get()).isZero();
  }

  @Test
  void aForeignDirectoryIsAConflictAndIsLeftUntouched() {
    Path target = tmp.resolve("skills/pdf");
    write(target.resolve("mine.txt"), "user data");

    assertThatThrownBy(() -> adapter.install(req(snapshot("c1"), target), false))
        .isInstanceOfSatisfying(
            TargetConflict.class,
            c -> {
              assertThat(c.code()).isEqualTo("TARGET_CONFLICT");
              assertThat(c.kind()).isEqualTo("directory");
            })
        .hasMessageContaining("directory not managed by eden-skills");
    assertThat(read(target.resolve("mine.txt"))).isEqualTo("user data");
    assertThat(Files.isSymbolicLink(target)).isFalse();
    assertThat(adapter.staleTemps(target.getParent())).isEmpty();
  }

  @Test
  void forceReplacesAForeignDirectoryWithTheSymlink() throws IOException {
    Path target = tmp.resolve("skills/pdf");
    write(target.resolve("mine.txt"), "user data");
    Path src = snapshot("c1");

    InstallResult r = adapter.install(req(src, target), true);

    assertThat(r.replaced()).isEqualTo(new TargetState.Foreign(TargetState.Kind.DIRECTORY));
    assertThat(Files.readSymbolicLink(target)).isEqualTo(src);
    assertThat(adapter.staleTemps(target.getParent())).isEmpty();
  }

  @Test
  void aForeignFileAndAForeignSymlinkAreConflictsToo() throws IOException {
    Path file = write(tmp.resolve("skills/pdf"), "a file");
    assertThatThrownBy(() -> adapter.install(req(snapshot("c1"), file), false))
        .isInstanceOf(TargetConflict.class)
        .hasMessageContaining("file not managed");
    assertThat(read(file)).isEqualTo("a file");

    Files.delete(file);
    Path elsewhere = skill(tmp.resolve("elsewhere"), "pdf");
    Files.createSymbolicLink(file, elsewhere);
    assertThatThrownBy(() -> adapter.install(req(snapshot("c1"), file), false))
        .isInstanceOf(TargetConflict.class)
        .hasMessageContaining("symlink not managed");
    assertThat(Files.readSymbolicLink(file)).isEqualTo(elsewhere);

    adapter.install(req(snapshot("c1"), file), true);
    assertThat(Files.readSymbolicLink(file)).isEqualTo(snapshot("c1"));
    assertThat(elsewhere.resolve("SKILL.md")).exists();
  }

  @Test
  void aLinkToTheExpectedLocalSourceIsOwned() throws IOException {
    Path local = skill(tmp.resolve("work/my-skill"), "pdf");
    Path target = tmp.resolve("skills/pdf");
    Files.createDirectories(target.getParent());
    Files.createSymbolicLink(target, local);

    assertThat(adapter.inspect(target, Ownership.of(store(), local)).owned()).isTrue();
    assertThat(adapter.inspect(target, Ownership.store(store())).owned()).isFalse();
  }

  @Test
  void aStoreReachedThroughASymlinkStillOwnsItsLinks() throws IOException {
    Path src = snapshot("c1");
    Path alias = Files.createSymbolicLink(tmp.resolve("store-alias"), store());
    Path target = tmp.resolve("skills/pdf");
    Files.createDirectories(target.getParent());
    Files.createSymbolicLink(target, alias.resolve("snapshots/k/c1/skills/pdf"));

    assertThat(adapter.inspect(target, Ownership.store(store())).owned()).isTrue();
    assertThat(src).exists();
  }

  @Test
  void aBrokenOwnedLinkIsSeenAsNotResolving() throws IOException {
    Path target = tmp.resolve("skills/pdf");
    Files.createDirectories(target.getParent());
    Files.createSymbolicLink(target, store().resolve("snapshots/k/gone"));

    TargetState s = adapter.inspect(target, Ownership.store(store()));

    assertThat(s)
        .isEqualTo(new TargetState.Symlink(store().resolve("snapshots/k/gone"), true, false));
  }

  @Test
  void targetsThatAreNotRootSlashIdAreRefused() {
    Path src = snapshot("c1");
    for (Path bad :
        new Path[] {
          tmp.resolve("skills/other"),
          Path.of(tmp + "/skills/x/../pdf"),
          Path.of(tmp + "/skills/pdf/."),
        }) {
      assertThatThrownBy(() -> adapter.install(req(src, bad), false))
          .as(bad.toString())
          .isInstanceOf(Problem.class)
          .hasFieldOrPropertyWithValue("errorCode", ErrorCode.UNSAFE_TARGET_PATH);
    }
    InstallRequest dots =
        new InstallRequest("..", src, tmp.resolve(".."), InstallMode.SYMLINK, store());
    assertThatThrownBy(() -> adapter.install(dots, false))
        .hasFieldOrPropertyWithValue("errorCode", ErrorCode.UNSAFE_TARGET_PATH);
    assertThat(tmp.resolve("skills")).doesNotExist();
  }

  @Test
  void aMissingSourceIsReportedBeforeAnythingIsWritten() {
    Path target = tmp.resolve("skills/pdf");
    assertThatThrownBy(() -> adapter.install(req(store().resolve("nope"), target), false))
        .hasFieldOrPropertyWithValue("errorCode", ErrorCode.SOURCE_MISSING);
    assertThat(Files.exists(target, LinkOption.NOFOLLOW_LINKS)).isFalse();
  }
}
