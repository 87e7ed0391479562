package dev.edenskills.adapter;

import static dev.edenskills.adapter.TestTrees.chmod;
import static dev.edenskills.adapter.TestTrees.skill;
import static dev.edenskills.adapter.TestTrees.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeHashTest {
  @TempDir Path tmp;

  @Test
  void sameTreeBuiltInADifferentOrderHashesTheSame() throws IOException {
    Path a = tmp.resolve("a");
    write(a.resolve("z.txt"), "z");
    write(a.resolve("d/y.txt"), "y");
    write(a.resolve("a.b"), "ab");
    Path b = tmp.resolve("b");
    write(b.resolve("a.b"), "ab");
    write(b.resolve("d/y.txt"), "y");
    write(b.resolve("z.txt"), "z");

    String h = TreeHash.of(a);
    assertThat(h).matches("sha256:[0-9a-f]{64}");
    assertThat(TreeHash.of(b)).isEqualTo(h);
    assertThat(TreeHash.of(a)).isEqualTo(h);
  }

  @Test
  void changedBytesChangeTheHash() throws IOException {
    Path s = skill(tmp.resolve("s"), "x");
    String before = TreeHash.of(s);
    write(s.resolve("scripts/run.sh"), "echo y\n");
    assertThat(TreeHash.of(s)).isNotEqualTo(before);
  }

  @Test
  void executableBitChangesTheHash() throws IOException {
    Path s = skill(tmp.resolve("s"), "x");
    chmod(s.resolve("scripts/run.sh"), "rw-r--r--");
    String before = TreeHash.of(s);
    chmod(s.resolve("scripts/run.sh"), "rwxr-xr-x");
    assertThat(TreeHash.of(s)).isNotEqualTo(before);
    chmod(s.resolve("scripts/run.sh"), "rw-rw-rw-");
    assertThat(TreeHash.of(s)).as("only the exec bit counts, not write bits").isEqualTo(before);
  }

  @Test
  void renamingAFileChangesTheHash() throws IOException {
    Path s = skill(tmp.resolve("s"), "x");
    String before = TreeHash.of(s);
    Files.move(s.resolve("scripts/run.sh"), s.resolve("scripts/go.sh"));
    assertThat(TreeHash.of(s)).isNotEqualTo(before);
  }

  @Test
  void movingBytesBetweenFilesChangesTheHash() throws IOException {
    Path a = tmp.resolve("a");
    write(a.resolve("f1"), "ab");
    write(a.resolve("f2"), "c");
    Path b = tmp.resolve("b");
    write(b.resolve("f1"), "a");
    write(b.resolve("f2"), "bc");
    assertThat(TreeHash.of(a)).isNotEqualTo(TreeHash.of(b));
  }

  @Test
  void anEmptyDirectoryCounts() throws IOException {
    Path s = skill(tmp.resolve("s"), "x");
    String before = TreeHash.of(s);
    Files.createDirectory(s.resolve("empty"));
    assertThat(TreeHash.of(s)).isNotEqualTo(before);
  }

  @Test
  void topLevelMarkerIsExcludedButNotOneDeeper() throws IOException {
    Path s = skill(tmp.resolve("s"), "x");
    String before = TreeHash.of(s);
    write(s.resolve(ManagedMarker.FILE_NAME), "skill_id = x\n");
    assertThat(TreeHash.of(s)).isEqualTo(before);
    write(s.resolve("scripts").resolve(ManagedMarker.FILE_NAME), "x");
    assertThat(TreeHash.of(s)).isNotEqualTo(before);
  }

  @Test
  void inTreeSymlinkHashesLikeTheFileItPointsTo() throws IOException {
    Path linked = skill(tmp.resolve("linked"), "x");
    Files.createSymbolicLink(linked.resolve("alias.md"), Path.of("SKILL.md"));
    Files.createSymbolicLink(linked.resolve("tools"), Path.of("scripts"));
    Path plain = skill(tmp.resolve("plain"), "x");
    Files.copy(plain.resolve("SKILL.md"), plain.resolve("alias.md"));
    write(plain.resolve("tools/run.sh"), "echo x\n");
    assertThat(TreeHash.of(linked)).isEqualTo(TreeHash.of(plain));
  }

  @Test
  void linkLeavingTheTreeIsNotFollowed() throws IOException {
    Path outside = write(tmp.resolve("outside.txt"), "secret");
    Path s = skill(tmp.resolve("s"), "x");
    Files.createSymbolicLink(s.resolve("leak"), outside);
    String before = TreeHash.of(s);
    write(outside, "changed");
    assertThat(TreeHash.of(s)).isEqualTo(before);
  }

  @Test
  void symlinkToTheDirectoryHashesLikeTheDirectory() throws IOException {
    Path s = skill(tmp.resolve("s"), "x");
    Path link = Files.createSymbolicLink(tmp.resolve("link"), s);
    assertThat(TreeHash.of(link)).isEqualTo(TreeHash.of(s));
  }

  @Test
  void aLinkCycleDoesNotLoop() throws IOException {
    Path s = skill(tmp.resolve("s"), "x");
    Files.createSymbolicLink(s.resolve("scripts/up"), Path.of(".."));
    assertThat(TreeHash.of(s)).startsWith("sha256:");
  }

  @Test
  void largeFilesAreHashedByStreaming() throws IOException {
    Path s = tmp.resolve("s");
    Files.createDirectories(s);
    byte[] chunk = new byte[1 << 20];
    new Random(42).nextBytes(chunk);
    try (OutputStream out = Files.newOutputStream(s.resolve("big.bin"))) {
      for (int i = 0; i < 8; i++) {
        out.write(chunk);
      }
    }
    String h = TreeHash.of(s);
    assertThat(TreeHash.of(s)).isEqualTo(h);
  }

  @Test
  void aFileIsNotADirectory() {
    Path f = write(tmp.resolve("f"), "x");
    assertThatThrownBy(() -> TreeHash.of(f)).isInstanceOf(IOException.class);
  }
}
