package dev.edenskills.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.edenskills.testing.TestRepos;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local sources are used live: only their existence is checked. */
class LocalSourceTest {
  @TempDir Path tmp;

  @Test
  void findsTheSkillDirectory() throws Exception {
    TestRepos.skill(tmp.resolve("src/skills/pdf"), "pdf", "Reads PDFs");
    assertThat(LocalSource.skillDir(tmp.resolve("src"), "skills/pdf"))
        .isEqualTo(tmp.resolve("src/skills/pdf"));
    assertThat(LocalSource.skillDir(tmp.resolve("src"), ".")).isEqualTo(tmp.resolve("src"));
  }

  @Test
  void aMissingDirectoryOrSubpathFails() {
    assertThatThrownBy(() -> LocalSource.skillDir(tmp.resolve("nope"), "."))
        .isInstanceOfSatisfying(
            SyncFailure.class,
            e -> {
              assertThat(e.stage()).isEqualTo(SyncStage.CHECKOUT);
              assertThat(e.detail()).contains("not found").contains("nope");
            });
    assertThatThrownBy(() -> LocalSource.skillDir(tmp, "skills/none"))
        .isInstanceOfSatisfying(
            SyncFailure.class, e -> assertThat(e.detail()).contains("skills/none"));
    assertThatThrownBy(() -> LocalSource.skillDir(tmp, "../.."))
        .isInstanceOfSatisfying(SyncFailure.class, e -> assertThat(e.detail()).contains("leaves"));
  }
}
