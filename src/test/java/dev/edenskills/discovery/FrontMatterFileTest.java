package dev.edenskills.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontMatterFileTest {
  @TempDir Path dir;

  private static String code(ParsedSkill p) {
    assertThat(p).as(p.toString()).isInstanceOf(ParsedSkill.Invalid.class);
    return ((ParsedSkill.Invalid) p).problems().getFirst().code();
  }

  @Test
  void readsAValidFile() throws IOException {
    Path md = Files.writeString(dir.resolve("SKILL.md"), "---\nname: a\ndescription: d\n---\n");
    assertThat(FrontMatter.read(md)).isInstanceOf(ParsedSkill.Valid.class);
  }

  @Test
  void missingFileIsReported() {
    assertThat(code(FrontMatter.read(dir.resolve("SKILL.md"))))
        .isEqualTo(SkillProblem.SKILL_MD_MISSING);
  }

  @Test
  void symlinkedFileIsNotFollowed() throws IOException {
    Path real = Files.writeString(dir.resolve("real.md"), "---\nname: a\ndescription: d\n---\n");
    Path link = Files.createSymbolicLink(dir.resolve("SKILL.md"), real);
    assertThat(code(FrontMatter.read(link))).isEqualTo(SkillProblem.SYMLINK_NOT_FOLLOWED);
  }

  @Test
  void aRelativeLinkToAFileInsideTheRepositoryIsReadThrough() throws IOException {
    Path skill = Files.createDirectories(dir.resolve("agents/skills/a"));
    Files.createDirectories(dir.resolve("team/a"));
    Files.writeString(dir.resolve("team/a/SKILL.md"), "---\nname: a\ndescription: d\n---\n");
    Path link =
        Files.createSymbolicLink(skill.resolve("SKILL.md"), Path.of("../../../team/a/SKILL.md"));
    assertThat(FrontMatter.read(link, dir)).isInstanceOf(ParsedSkill.Valid.class);
    // the root bounds it: seen from the skill's own folder, the same link leaves
    assertThat(code(FrontMatter.read(link, skill))).isEqualTo(SkillProblem.SYMLINK_NOT_FOLLOWED);
  }

  @Test
  void anAbsoluteOrDanglingLinkIsStillNotFollowedWithinTheRepository() throws IOException {
    Path real = Files.writeString(dir.resolve("real.md"), "---\nname: a\ndescription: d\n---\n");
    Path abs =
        Files.createSymbolicLink(Files.createDirectory(dir.resolve("x")).resolve("SKILL.md"), real);
    assertThat(code(FrontMatter.read(abs, dir))).isEqualTo(SkillProblem.SYMLINK_NOT_FOLLOWED);
    Path dangling =
        Files.createSymbolicLink(
            Files.createDirectory(dir.resolve("y")).resolve("SKILL.md"), Path.of("../gone.md"));
    assertThat(code(FrontMatter.read(dangling, dir))).isEqualTo(SkillProblem.SYMLINK_NOT_FOLLOWED);
  }

  @Test
  void directoryNamedSkillMdIsNotAFile() throws IOException {
    assertThat(code(FrontMatter.read(Files.createDirectory(dir.resolve("SKILL.md")))))
        .isEqualTo(SkillProblem.NOT_A_REGULAR_FILE);
  }

  @Test
  void oversizedFileIsRefused() throws IOException {
    String big = "---\nname: a\ndescription: d\n---\n" + "b".repeat(FrontMatter.MAX_FILE_BYTES);
    Path md = Files.writeString(dir.resolve("SKILL.md"), big);
    assertThat(code(FrontMatter.read(md))).isEqualTo(SkillProblem.FILE_TOO_LARGE);
  }

  @Test
  void invalidUtf8IsRefused() throws IOException {
    byte[] head = "---\nname: a\ndescription: ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 6];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xC3; // truncated two-byte sequence
    bytes[head.length + 1] = '\n';
    System.arraycopy("---\n".getBytes(StandardCharsets.UTF_8), 0, bytes, head.length + 2, 4);
    Path md = Files.write(dir.resolve("SKILL.md"), bytes);
    assertThat(code(FrontMatter.read(md))).isEqualTo(SkillProblem.INVALID_ENCODING);
  }
}
