package dev.edenskills.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.lock.LockRead;
import dev.edenskills.lock.LockStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression (lock fuzzing, seeds 9024, 9300, 9417 and a NUL path): lock entries the tool never
 * writes — an id that is not a skill id, a repo or target path with control characters — were
 * trusted: orphan removal then failed on every later run (a NUL path) and printed the raw id and
 * repo, control characters and all, to the terminal. Such a lock is now unusable, so apply
 * reconciles fully once and writes a clean lock.
 */
class HostileLockEntriesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "id = \"a\\u001b[31mred\"\nrepo = \"./src\"\npath = \"/h/.claude/skills/x\"",
        "id = \"line\\nbreak\"\nrepo = \"./src\"\npath = \"/h/.claude/skills/x\"",
        "id = \"../../etc\"\nrepo = \"./src\"\npath = \"/h/.claude/skills/x\"",
        "id = \"ok\"\nrepo = \"evil\\u0007repo\"\npath = \"/h/.claude/skills/ok\"",
        "id = \"ok\"\nrepo = \"./src\"\npath = \"/h/.claude/skills/o\\u0000k\"",
        "id = \"ok\"\nrepo = \"./src\"\npath = \"/h/.claude/skills/o\\tk\"",
      })
  void entriesTheToolNeverWritesMakeTheLockUnusable(String fields) {
    String[] f = fields.split("\n");
    String text =
        """
        version = 1
        [[skills]]
        %s
        %s
        ref = "main"
        subpath = "."
        commit = ""
        mode = "copy"
        content_hash = ""
        installed_at = "2026-01-01T00:00:00Z"
        [[skills.targets]]
        agent = "claude-code"
        %s
        """
            .formatted(f[0], f[1], f[2]);
    LockRead read = LockStore.parse(text);
    assertThat(read).isInstanceOf(LockRead.Unusable.class);
  }
}
