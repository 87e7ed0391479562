package dev.edenskills.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockStoreRoundTripTest {
  @TempDir Path dir;

  static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

  static LockEntry entry(String id, List<LockTarget> targets) {
    return new LockEntry(
        id,
        "anthropics/skills",
        "main",
        "skills/" + id,
        COMMIT,
        "symlink",
        "sha256:" + "ab".repeat(32),
        "2026-01-02T03:04:05Z",
        targets);
  }

  @Test
  void aLockReadsBackEqualAfterWritingEvenWithHostileStrings() throws Exception {
    LockEntry hostile =
        new LockEntry(
            "weird",
            "/home/u/my \"skills\" \\ repo",
            "feature/ünïcode-日本-🚀",
            "a\tb\nc\rd\u0001e\u007ff",
            "",
            "copy",
            "sha256:00",
            "2026-01-02T03:04:05.123+02:00",
            List.of(
                new LockTarget("custom", "C:\\Users\\me\\skills\\weird"),
                new LockTarget("claude-code", "/home/u/.claude/skills/we\"ird")));
    LockFile lock = new LockFile(List.of(entry("pdf", List.of()), hostile));
    Path file = dir.resolve("skills.lock");

    LockStore.write(file, lock);
    LockRead read = LockStore.read(file);

    assertThat(read).isInstanceOf(LockRead.Found.class);
    assertThat(read.lock()).isEqualTo(lock.normalized());
    assertThat(read.lock().find("weird").orElseThrow().repo())
        .isEqualTo("/home/u/my \"skills\" \\ repo");
    LockStore.write(file, read.lock());
    assertThat(Files.readString(file)).isEqualTo(LockStore.render(lock));
  }

  @Test
  void theSameLockGivesTheSameBytesWhateverTheInputOrder() {
    LockTarget a = new LockTarget("claude-code", "/b");
    LockTarget b = new LockTarget("claude-code", "/a");
    LockTarget c = new LockTarget("cursor", "/a");
    LockFile one =
        new LockFile(List.of(entry("zeta", List.of(c, a, b)), entry("alpha", List.of())));
    LockFile two =
        new LockFile(List.of(entry("alpha", List.of()), entry("zeta", List.of(b, c, a))));

    assertThat(LockStore.render(one)).isEqualTo(LockStore.render(two));
    assertThat(LockStore.render(one))
        .isEqualTo(
            """
            # Written by eden-skills; do not edit. Deleting it forces a full reconcile.
            version = 1

            [[skills]]
            id = "alpha"
            repo = "anthropics/skills"
            ref = "main"
            subpath = "skills/alpha"
            commit = "%1$s"
            mode = "symlink"
            content_hash = "sha256:%2$s"
            installed_at = "2026-01-02T03:04:05Z"

            [[skills]]
            id = "zeta"
            repo = "anthropics/skills"
            ref = "main"
            subpath = "skills/zeta"
            commit = "%1$s"
            mode = "symlink"
            content_hash = "sha256:%2$s"
            installed_at = "2026-01-02T03:04:05Z"

            [[skills.targets]]
            agent = "claude-code"
            path = "/a"

            [[skills.targets]]
            agent = "claude-code"
            path = "/b"

            [[skills.targets]]
            agent = "cursor"
            path = "/a"
            """
                .formatted(COMMIT, "ab".repeat(32)));
  }

  @Test
  void anEmptyLockIsJustTheVersionAndReadsBackEmpty() throws Exception {
    Path file = dir.resolve("skills.lock");
    LockStore.write(file, LockFile.EMPTY);
    assertThat(LockStore.read(file)).isEqualTo(new LockRead.Found(LockFile.EMPTY));
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).endsWith("version = 1\n");
  }

  @Test
  void aLoneSurrogateIsWrittenAsTheReplacementCharacterSoTheFileStaysReadable() {
    LockFile lock =
        new LockFile(List.of(entry("x", List.of(new LockTarget("custom", "/p\uD800q")))));
    LockRead read = LockStore.parse(LockStore.render(lock));
    assertThat(read.lock().find("x").orElseThrow().targets().getFirst().path())
        .isEqualTo("/p\uFFFDq");
  }

  @Test
  void lookupsFindReplaceAndRemoveById() {
    LockFile lock = new LockFile(List.of(entry("a", List.of()), entry("b", List.of())));
    LockEntry newer = entry("a", List.of(new LockTarget("codex", "/x")));

    assertThat(lock.find("b")).isPresent();
    assertThat(lock.find("nope")).isEmpty();
    assertThat(lock.with(newer).find("a")).contains(newer);
    assertThat(lock.with(newer).skills()).hasSize(2);
    assertThat(lock.without("a").contains("a")).isFalse();
    assertThat(lock.without("a").skills()).hasSize(1);
  }
}
