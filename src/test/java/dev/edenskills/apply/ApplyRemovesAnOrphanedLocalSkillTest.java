package dev.edenskills.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.TestRepos;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 11): a local-directory skill whose block was deleted from skills.toml by hand
 * made every later apply fail with "symlink not managed by eden-skills", because orphan removal
 * owned links into the store only. One ownership rule now owns the link to the locked local source.
 */
class ApplyRemovesAnOrphanedLocalSkillTest {
  @TempDir Path home;

  @Test
  void deletingALocalSkillsBlockRemovesItsLinkAndLeavesTheFolderAlone() throws Exception {
    Path src = home.resolve("work/myskill");
    TestRepos.skill(src, "myskill", "My own skill");
    String skillMd = Files.readString(src.resolve("SKILL.md"));
    CliHarness cli = new CliHarness(home);
    assertThat(cli.run("init").exitCode()).isZero();
    CliHarness.Result add =
        cli.run("add", "--id", "myskill", "--repo", src.toString(), "--target", "claude-code");
    assertThat(add.exitCode()).as(add.toString()).isZero();
    CliHarness.Result first = cli.run("apply");
    assertThat(first.exitCode()).as(first.toString()).isZero();
    Path link = home.resolve(".claude/skills/myskill");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(link.toRealPath()).isEqualTo(src.toRealPath());

    Path config = home.resolve(".eden-skills/skills.toml");
    String text = Files.readString(config);
    int block = text.indexOf("[[skills]]");
    assertThat(block).as(text).isPositive();
    Files.writeString(config, text.substring(0, block));

    CliHarness.Result second = cli.run("apply");
    assertThat(second.exitCode()).as(second.toString()).isZero();
    assertThat(second.err()).doesNotContain("not managed");
    assertThat(link).doesNotExist();
    assertThat(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(src.resolve("SKILL.md")).hasContent(skillMd);
    assertThat(Files.readString(home.resolve(".eden-skills/skills.lock")))
        .doesNotContain("myskill");

    CliHarness.Result doctor = cli.run("doctor");
    assertThat(doctor.exitCode()).as(doctor.toString()).isZero();
    assertThat(doctor.out()).doesNotContain("ORPHAN_INSTALL");
    assertThat(cli.run("apply").exitCode()).isZero();
  }
}
