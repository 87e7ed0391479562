package dev.edenskills.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.edenskills.testing.TestRepos;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots are exact, read-only, atomic, shared between threads and never leave the store. */
@Timeout(60)
class SnapshotStoreTest {
  @TempDir Path tmp;
  StoreLayout layout;
  SnapshotStore snapshots;
  TestRepos.Repo repo;

  @BeforeEach
  void setUp() {
    layout = new StoreLayout(tmp.resolve("store"));
    snapshots = new SnapshotStore(layout);
    repo = TestRepos.create(tmp.resolve("srv"), "acme/skills");
  }

  @Test
  void theWholeCommitIsWrittenSoInRepositoryLinksLeavingASkillResolve() throws Exception {
    String c =
        repo.skill("engineering-team/a11y", "a11y", "Audits")
            .symlink(".gemini/skills/a11y/SKILL.md", "../../../engineering-team/a11y/SKILL.md")
            .commit("links");

    Snapshot s = snapshots.materialize(repo.dir(), "k", c);

    Path link = s.dir().resolve(".gemini/skills/a11y/SKILL.md");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(link).isRegularFile().content().contains("name: a11y");
    assertThat(s.rejectedSymlinks()).isEmpty();
  }

  @Test
  void aSnapshotSetAsideIsNoLongerTrustedAndIsWrittenAgainOrPutBack() throws Exception {
    String c = repo.skill("skills/pdf", "pdf", "Reads PDFs").commit("first");
    Path dir = snapshots.materialize(repo.dir(), "k", c).dir();

    Path aside = snapshots.setAside("k", c).orElseThrow();
    assertThat(aside).startsWith(layout.tmpDir());
    assertThat(snapshots.existing("k", c)).isEmpty();
    snapshots.putBack(aside, "k", c);
    assertThat(snapshots.existing("k", c)).isPresent();
    assertThat(perms(dir)).isEqualTo("r-xr-xr-x");
    assertThat(aside).doesNotExist();

    aside = snapshots.setAside("k", c).orElseThrow();
    snapshots.materialize(repo.dir(), "k", c);
    Files.writeString(aside.resolve("marker"), "old tree");
    snapshots.putBack(aside, "k", c);
    // A new snapshot took its place: the old one is deleted, not put over it.
    assertThat(aside).doesNotExist();
    assertThat(dir.resolve("skills/pdf/SKILL.md")).exists();
    assertThat(snapshots.setAside("k", "0".repeat(40))).isEmpty();
  }

  @Test
  void writesTheTreeReadOnlyWithExecutableBits() throws Exception {
    String c =
        repo.skill("skills/pdf", "pdf", "Reads PDFs")
            .executable("skills/pdf/scripts/run.sh", "#!/bin/sh\necho hi\n")
            .commit("first");

    Snapshot s = snapshots.materialize(repo.dir(), "k", c);

    assertThat(s.dir()).isEqualTo(layout.snapshotDir("k", c));
    assertThat(s.rejectedSymlinks()).isEmpty();
    assertThat(s.dir().resolve("skills/pdf/SKILL.md"))
        .hasContent(TestRepos.skillMd("pdf", "Reads PDFs").stripTrailing());
    assertThat(perms(s.dir().resolve("skills/pdf/scripts/run.sh"))).isEqualTo("r-xr-xr-x");
    assertThat(perms(s.dir().resolve("skills/pdf/SKILL.md"))).isEqualTo("r--r--r--");
    assertThat(perms(s.dir().resolve("skills/pdf"))).isEqualTo("r-xr-xr-x");
    assertThat(perms(s.dir())).isEqualTo("r-xr-xr-x");
    assertThat(tree(s.dir()))
        .containsExactly(
            "skills",
            "skills/pdf",
            "skills/pdf/SKILL.md",
            "skills/pdf/scripts",
            "skills/pdf/scripts/run.sh");
    assertThat(Files.list(layout.tmpDir())).isEmpty();
  }

  @Test
  void keepsInRepoSymlinksAndRejectsEscapingOnes() throws Exception {
    String c =
        repo.skill("skills/pdf", "pdf", "Reads PDFs")
            .file("shared/ref.md", "shared")
            .symlink("skills/pdf/ref.md", "../../shared/ref.md")
            .symlink("skills/pdf/self", ".")
            .symlink("skills/evil/passwd", "/etc/passwd")
            .symlink("evil/up", "../../x")
            .symlink("skills/evil/dot", "..")
            .symlink("sneaky/chain", "../dotdot/..")
            .symlink("dotdot", ".")
            .commit("links");

    Snapshot s = snapshots.materialize(repo.dir(), "k", c);

    Path ref = s.dir().resolve("skills/pdf/ref.md");
    assertThat(Files.isSymbolicLink(ref)).isTrue();
    assertThat(Files.readSymbolicLink(ref)).isEqualTo(Path.of("../../shared/ref.md"));
    assertThat(ref).hasContent("shared");
    assertThat(Files.isSymbolicLink(s.dir().resolve("skills/pdf/self"))).isTrue();
    assertThat(s.rejectedSymlinks())
        .containsExactly("evil/up", "skills/evil/passwd", "sneaky/chain");
    for (String p : s.rejectedSymlinks()) {
      assertThat(s.dir().resolve(p)).doesNotExist();
      assertThat(Files.exists(s.dir().resolve(p), LinkOption.NOFOLLOW_LINKS)).isFalse();
    }
    assertThat(snapshots.existing("k", c)).contains(s);
    assertThat(SnapshotStore.containsRejected(s, "skills/evil")).isTrue();
    assertThat(SnapshotStore.containsRejected(s, ".")).isTrue();
    assertThat(SnapshotStore.containsRejected(s, "evil/up/deeper")).isTrue();
    assertThat(SnapshotStore.containsRejected(s, "skills/pdf")).isFalse();
    assertThat(SnapshotStore.containsRejected(s, "./skills/pdf/")).isFalse();
  }

  @Test
  void reusesAnExistingSnapshot() throws Exception {
    String c = repo.file("a.txt", "a").commit("first");
    Snapshot first = snapshots.materialize(repo.dir(), "k", c);
    var stamp = Files.getLastModifiedTime(first.dir().resolve("a.txt"));

    Snapshot again = snapshots.materialize(repo.dir(), "k", c);

    assertThat(again).isEqualTo(first);
    assertThat(Files.getLastModifiedTime(again.dir().resolve("a.txt"))).isEqualTo(stamp);
    assertThat(snapshots.existing("k", c)).contains(first);
    assertThat(snapshots.existing("k", "0".repeat(40))).isEmpty();
  }

  @Test
  void concurrentMaterializationsOfOneCommitAgree() throws Exception {
    for (int i = 0; i < 50; i++) {
      repo.file("dir" + (i % 5) + "/f" + i + ".txt", "content " + i);
    }
    String c = repo.symlink("link", "dir0").symlink("bad", "/etc").commit("many");
    int threads = 8;
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Snapshot>> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < threads; i++) {
        results.add(
            pool.submit(
                () -> {
                  go.await();
                  return snapshots.materialize(repo.dir(), "k", c);
                }));
      }
      go.countDown();
      for (Future<Snapshot> f : results) {
        Snapshot s = f.get();
        assertThat(s.dir()).isEqualTo(layout.snapshotDir("k", c));
        assertThat(s.rejectedSymlinks()).containsExactly("bad");
      }
    }
    Path dir = layout.snapshotDir("k", c);
    assertThat(dir.resolve("dir3/f48.txt")).hasContent("content 48");
    assertThat(tree(dir)).hasSize(50 + 5 + 1);
    assertThat(Files.list(layout.tmpDir())).isEmpty();
  }

  @Test
  void deleteRemovesAReadOnlySnapshotAndItsRecord() throws Exception {
    String c = repo.file("d/a.txt", "a").symlink("bad", "/etc").commit("first");
    Snapshot s = snapshots.materialize(repo.dir(), "k", c);

    snapshots.delete(s.dir());

    assertThat(s.dir()).doesNotExist();
    assertThat(Files.list(layout.snapshotsDir("k"))).isEmpty();
    assertThat(snapshots.existing("k", c)).isEmpty();
  }

  @Test
  void skipsSubmodules() throws Exception {
    String c = repo.file("a.txt", "a").gitlink("vendor/lib", "1".repeat(40)).commit("sub");
    Snapshot s = snapshots.materialize(repo.dir(), "k", c);
    assertThat(tree(s.dir())).containsExactly("a.txt");
  }

  @Test
  void aMissingCommitFailsAtMaterialize() {
    repo.file("a.txt", "a").commit("first");
    assertThatThrownBy(() -> snapshots.materialize(repo.dir(), "k", "1".repeat(40)))
        .isInstanceOfSatisfying(
            SyncFailure.class, e -> assertThat(e.stage()).isEqualTo(SyncStage.MATERIALIZE));
    assertThat(layout.snapshotsDir()).doesNotExist();
  }

  @Test
  void aHostileTreeNameIsRefusedAndNothingEscapes() throws Exception {
    String c = hostileCommit("..", "escaped");
    assertThatThrownBy(() -> snapshots.materialize(repo.dir(), "k", c))
        .isInstanceOfSatisfying(
            SyncFailure.class, e -> assertThat(e.stage()).isEqualTo(SyncStage.MATERIALIZE));
    assertThat(layout.snapshotDir("k", c)).doesNotExist();
    assertThat(Files.list(layout.tmpDir())).isEmpty();
    try (Stream<Path> all = Files.walk(tmp)) {
      assertThat(all).noneMatch(p -> p.getFileName().toString().equals("escaped"));
    }
  }

  @Test
  void anInterruptedMaterializationLeavesNothing() throws Exception {
    String c = repo.file("a.txt", "a").commit("first");
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> snapshots.materialize(repo.dir(), "k", c))
          .isInstanceOf(InterruptedException.class);
    } finally {
      Thread.interrupted();
    }
    assertThat(layout.snapshotDir("k", c)).doesNotExist();
    if (Files.exists(layout.tmpDir())) {
      assertThat(Files.list(layout.tmpDir())).isEmpty();
    }
  }

  /** A commit whose tree holds {@code dir/file}, with a name DirCache would refuse. */
  private String hostileCommit(String dir, String file) throws Exception {
    try (Repository r = new FileRepositoryBuilder().setGitDir(repo.dir().toFile()).build();
        ObjectInserter ins = r.newObjectInserter()) {
      TreeFormatter inner = new TreeFormatter();
      inner.append(file, FileMode.REGULAR_FILE, ins.insert(Constants.OBJ_BLOB, new byte[] {1}));
      TreeFormatter outer = new TreeFormatter();
      outer.append(dir, FileMode.TREE, ins.insert(inner));
      CommitBuilder cb = new CommitBuilder();
      cb.setTreeId(ins.insert(outer));
      PersonIdent who = new PersonIdent("t", "t@example.test");
      cb.setAuthor(who);
      cb.setCommitter(who);
      ObjectId id = ins.insert(cb);
      ins.flush();
      return id.name();
    }
  }

  private static String perms(Path p) throws Exception {
    return PosixFilePermissions.toString(
        Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
  }

  private static List<String> tree(Path dir) throws Exception {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(p -> !p.equals(dir))
          .map(p -> dir.relativize(p).toString())
          .sorted()
          .toList();
    }
  }
}
