package dev.edenskills.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LockStoreToleratesBadInputTest {
  @TempDir Path dir;

  private static final String VALID =
      LockStore.render(
          new LockFile(
              List.of(
                  LockStoreRoundTripTest.entry(
                      "pdf",
                      List.of(
                          new LockTarget("claude-code", "/h/.claude/skills/pdf"),
                          new LockTarget("cursor", "/h/.cursor/skills/pdf"))),
                  LockStoreRoundTripTest.entry("docx", List.of()))));

  @Test
  void aMissingFileIsMissingWithAnEmptyLock() {
    LockRead read = LockStore.read(dir.resolve("skills.lock"));
    assertThat(read).isInstanceOf(LockRead.Missing.class);
    assertThat(read.lock()).isEqualTo(LockFile.EMPTY);
    assertThat(read.problem()).isPresent();
  }

  @Test
  void aDirectoryWhereTheLockShouldBeIsUnusableNotACrash() throws Exception {
    Path file = Files.createDirectory(dir.resolve("skills.lock"));
    assertThat(LockStore.read(file)).isInstanceOf(LockRead.Unusable.class);
  }

  @Test
  void bytesThatAreNotUtf8AreUnusable() throws Exception {
    Path file = dir.resolve("skills.lock");
    Files.write(file, new byte[] {'v', '=', (byte) 0xff, (byte) 0xfe, 0});
    assertThat(LockStore.read(file).problem()).contains("lock file is not UTF-8 text");
  }

  @Test
  void aNewerVersionIsUnusableAndSaysSo() {
    LockRead read = LockStore.parse(VALID.replace("version = 1", "version = 2"));
    assertThat(read).isInstanceOf(LockRead.Unusable.class);
    assertThat(read.problem().orElseThrow()).contains("newer");
    assertThat(read.lock()).isEqualTo(LockFile.EMPTY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "version = \"1\"",
        "version = 0",
        "",
        "skills = []",
        "version = 1\nskills = 3",
        "version = 1\nskills = [1, 2]",
        "version = 1\n[[skills]]\nid = 5",
        "version = 1\n[[skills]]\nid = \"a\"",
        "version = 1\n[skills]\nid = \"a\"",
        "[[[",
        "version = 1\nversion = 1",
      })
  void wrongShapesAreUnusable(String text) {
    assertThat(LockStore.parse(text)).isInstanceOf(LockRead.Unusable.class);
  }

  @Test
  void badFieldValuesAreUnusable() {
    assertThat(LockStore.parse(VALID.replace(LockStoreRoundTripTest.COMMIT, "main")))
        .isInstanceOf(LockRead.Unusable.class);
    assertThat(LockStore.parse(VALID.replaceFirst("mode = \"symlink\"", "mode = \"hardlink\"")))
        .isInstanceOf(LockRead.Unusable.class);
    assertThat(LockStore.parse(VALID.replace("id = \"docx\"", "id = \"pdf\"")))
        .isInstanceOf(LockRead.Unusable.class);
    assertThat(LockStore.parse(VALID.replaceFirst("path = \"[^\"]*\"", "path = 7")))
        .isInstanceOf(LockRead.Unusable.class);
    assertThat(LockStore.parse(VALID.replaceFirst("agent = \"claude-code\"\n", "")))
        .isInstanceOf(LockRead.Unusable.class);
  }

  @Test
  void randomlyMutatedLocksNeverThrowAndWhatParsesRoundTrips() {
    Random random = new Random(20260102L);
    List<String> alphabet =
        List.of(
            "[",
            "]",
            "{",
            "}",
            "\"",
            "'",
            "=",
            "\\",
            ".",
            ",",
            "#",
            "\n",
            "\t",
            " ",
            "0",
            "9",
            "a",
            "f",
            "x",
            "_",
            "-",
            "\u00e9",
            "\u65e5",
            "\uD83D\uDE80",
            "\u0000",
            "\u007f");
    int found = 0;
    for (int i = 0; i < 3000; i++) {
      StringBuilder text = new StringBuilder(VALID);
      int edits = 1 + random.nextInt(6);
      for (int e = 0; e < edits && !text.isEmpty(); e++) {
        int at = random.nextInt(text.length());
        switch (random.nextInt(5)) {
          case 0 -> text.deleteCharAt(at);
          case 1 -> text.insert(at, alphabet.get(random.nextInt(alphabet.size())));
          case 2 -> text.setLength(at);
          case 3 -> {
            int end = Math.min(text.length(), at + random.nextInt(40));
            text.insert(random.nextInt(text.length()), text.substring(at, end));
          }
          default -> text.replace(at, at + 1, alphabet.get(random.nextInt(alphabet.size())));
        }
      }
      // Text read from a file is decoded UTF-8 and never holds a lone surrogate (which the
      // writer would turn into U+FFFD), so cuts through an emoji are decoded the same way.
      String mutated =
          new String(text.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
      LockRead read = LockStore.parse(mutated);
      assertThat(read).as("mutation %d", i).isNotNull();
      if (read instanceof LockRead.Found(LockFile lock)) {
        found++;
        assertThat(LockStore.parse(LockStore.render(lock)).lock()).isEqualTo(lock.normalized());
      } else {
        assertThat(read.lock()).isEqualTo(LockFile.EMPTY);
      }
    }
    assertThat(found).as("some mutations stay valid").isPositive();
  }

  @Test
  void randomBytesOnDiskNeverThrow() throws Exception {
    Random random = new Random(7);
    Path file = dir.resolve("skills.lock");
    for (int i = 0; i < 300; i++) {
      byte[] bytes = new byte[random.nextInt(200)];
      random.nextBytes(bytes);
      Files.write(file, bytes);
      assertThat(LockStore.read(file).lock()).isNotNull();
    }
  }
}
