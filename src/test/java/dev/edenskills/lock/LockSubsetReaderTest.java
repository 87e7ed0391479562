package dev.edenskills.lock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.common.OwnToml;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The lock is read by the subset reader when it is exactly what {@link LockStore#render} writes,
 * and by tomlj otherwise: every field survives the first way, and a hand-edited lock reads the same
 * the second way.
 */
class LockSubsetReaderTest {
  static final String COMMIT = LockStoreRoundTripTest.COMMIT;

  /** Every field, the optional ones set and unset, hostile strings, several targets. */
  static LockFile everyField() {
    LockEntry plain =
        new LockEntry(
            "plain",
            "https://example.test/o/r.git",
            "v1.2",
            "skills/plain",
            COMMIT,
            "symlink",
            "sha256:" + "ab".repeat(32),
            "2026-01-02T03:04:05Z",
            List.of());
    LockEntry branch =
        new LockEntry(
            "branch",
            "/home/u/my \"skills\" \\ repo",
            "HEAD",
            "trunk/ünï-日本-🚀",
            "a\tb\nc\rd\u0001e\u007ff",
            "",
            "copy",
            "sha256:00",
            "2026-01-02T03:04:05.123+02:00",
            List.of(
                new LockTarget("custom", "C:\\Users\\me\\skills\\weird"),
                new LockTarget("claude-code", "/home/u/.claude/skills/we\"ird"),
                new LockTarget("custom", "/docker:box/root/.claude/skills/branch")),
            Optional.empty());
    LockEntry registry =
        new LockEntry(
            "registry",
            "https://example.test/reg/r.git",
            "abc",
            "main",
            ".",
            COMMIT,
            "symlink",
            "",
            "2026-01-02T03:04:05Z",
            List.of(new LockTarget("codex", "/x")),
            Optional.of(new RegistryPin("official", "pdf \"tools\"", "1.2.3-beta+7")));
    return new LockFile(List.of(registry, plain, branch));
  }

  @Test
  void everyFieldIncludingTheOptionalOnesRoundTripsThroughTheSubsetReader() throws Exception {
    LockFile lock = everyField();
    String text = LockStore.render(lock);

    OwnToml.read(text); // the writer's output is inside the subset: no fallback involved
    LockRead read = LockStore.parse(text);

    assertThat(read).isEqualTo(new LockRead.Found(lock.normalized()));
    LockEntry registry = read.lock().find("registry").orElseThrow();
    assertThat(registry.registry())
        .contains(new RegistryPin("official", "pdf \"tools\"", "1.2.3-beta+7"));
    assertThat(registry.branch()).isEqualTo("main");
    assertThat(read.lock().find("plain").orElseThrow().branch()).isEmpty();
    assertThat(read.lock().find("plain").orElseThrow().registry()).isEmpty();
    assertThat(read.lock().find("branch").orElseThrow().targets())
        .anySatisfy(t -> assertThat(t.environment().toString()).contains("box"));
    assertThat(LockStore.render(read.lock())).isEqualTo(text);
  }

  @Test
  void aLockEditedByHandIntoOtherValidTomlStillReadsTheSame() throws Exception {
    LockFile lock = everyField();
    String text = LockStore.render(lock);
    String edited =
        ("# edited\n" + text)
            .replace("version = 1\n", "version   =   1   # still one\n")
            .replace("mode = \"symlink\"", "mode = 'symlink'")
            .replace("\n", "\r\n");

    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> OwnToml.read(edited)))
        .isInstanceOf(OwnToml.Outside.class);
    assertThat(LockStore.parse(edited)).isEqualTo(new LockRead.Found(lock.normalized()));
  }

  @Test
  void aBrokenLockIsUnusableWithTomljsMessageNamingTheLine() {
    String text = LockStore.render(everyField()).replace("mode = \"copy\"", "mode = \"copy");

    LockRead read = LockStore.parse(text);

    assertThat(read).isInstanceOf(LockRead.Unusable.class);
    int line = text.lines().toList().indexOf("mode = \"copy") + 1;
    assertThat(read.problem().orElseThrow())
        .startsWith("lock file is not valid TOML: ")
        .contains("line " + line);
  }

  @Test
  void whatTheSubsetRejectsIsJudgedByTomlj() {
    // A duplicate key is outside the subset and invalid TOML: unusable, not half-read.
    String text =
        LockStore.render(everyField())
            .replace("mode = \"copy\"\n", "mode = \"copy\"\nmode = \"copy\"\n");
    assertThat(LockStore.parse(text)).isInstanceOf(LockRead.Unusable.class);
  }
}
