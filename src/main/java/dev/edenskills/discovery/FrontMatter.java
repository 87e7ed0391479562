package dev.edenskills.discovery;

import dev.edenskills.common.StrictUtf8;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Reads a {@code SKILL.md}: the file must start with a {@code ---} line, the YAML front matter runs
 * to the next {@code ---} line and is validated against CONTRACT §1. Input is bounded (file size,
 * front-matter size, nesting, aliases) so a hostile repository cannot stall discovery; a leading
 * BOM and CRLF line ends are accepted.
 */
public final class FrontMatter {
  /** The file name of a skill's manifest. */
  public static final String FILE_NAME = "SKILL.md";

  /** Larger files are refused unread: a skill's instructions are text for a model's context. */
  public static final int MAX_FILE_BYTES = 1024 * 1024;

  /** Front matter beyond this many characters is refused before YAML parsing. */
  public static final int MAX_FRONT_MATTER_CHARS = 64 * 1024;

  private FrontMatter() {}

  /**
   * Reads and validates {@code skillMd}. A symbolic link, a non-regular file (a FIFO would block),
   * or an oversized file is refused without reading it.
   */
  public static ParsedSkill read(Path skillMd) {
    return read(skillMd, Optional.empty(), Optional.empty());
  }

  /**
   * As {@link #read(Path)}, but a {@code SKILL.md} that is a relative symlink resolving to a
   * regular file inside {@code repoRoot} is read through: collections keep one copy of a skill and
   * link each agent's folder to it (CONTRACT §8 keeps such links; issue 15). Absolute links and
   * links leaving the root are still refused unread.
   */
  public static ParsedSkill read(Path skillMd, Path repoRoot) {
    return read(skillMd, Optional.of(repoRoot), Optional.empty());
  }

  /**
   * Reads {@code skillMd} the installer's way (CONTRACT §1), following in-repository links as
   * {@link #read(Path, Path)} does: deviations that still give a safe id are warnings on a {@link
   * ParsedSkill.Valid} whose {@code name} is that id (the folder name when {@code name} gives
   * none).
   */
  public static ParsedSkill readForInstall(Path skillMd, Path repoRoot) {
    Path folder = skillMd.toAbsolutePath().normalize().getParent();
    Path folderName = folder == null ? null : folder.getFileName();
    return read(
        skillMd,
        Optional.of(repoRoot),
        Optional.of(folderName == null ? "" : folderName.toString()));
  }

  private static ParsedSkill read(
      Path skillMd, Optional<Path> repoRoot, Optional<String> lenientFolder) {
    Optional<Path> through = repoRoot.flatMap(root -> inRepoTarget(skillMd, root));
    if (through.isPresent()) {
      return read(through.get(), Optional.empty(), lenientFolder);
    }
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(skillMd, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return ParsedSkill.Invalid.of(SkillProblem.SKILL_MD_MISSING, "no " + FILE_NAME + " here");
    } catch (IOException e) {
      return ParsedSkill.Invalid.of(SkillProblem.UNREADABLE, "cannot read: " + e.getMessage());
    }
    if (attrs.isSymbolicLink()) {
      return ParsedSkill.Invalid.of(
          SkillProblem.SYMLINK_NOT_FOLLOWED,
          FILE_NAME + " is a symbolic link; it must be a regular file (links are not followed)");
    }
    if (!attrs.isRegularFile()) {
      return ParsedSkill.Invalid.of(
          SkillProblem.NOT_A_REGULAR_FILE, FILE_NAME + " is not a regular file");
    }
    if (attrs.size() > MAX_FILE_BYTES) {
      return tooLarge(attrs.size());
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(skillMd, LinkOption.NOFOLLOW_LINKS)) {
      bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      return ParsedSkill.Invalid.of(SkillProblem.UNREADABLE, "cannot read: " + e.getMessage());
    }
    if (bytes.length > MAX_FILE_BYTES) {
      return tooLarge(bytes.length);
    }
    Optional<String> text = StrictUtf8.decode(bytes);
    if (text.isEmpty()) {
      return ParsedSkill.Invalid.of(
          SkillProblem.INVALID_ENCODING, FILE_NAME + " is not valid UTF-8 text");
    }
    return parse(text.get(), lenientFolder);
  }

  /** The real file a relative in-repository link at {@code skillMd} leads to, if it is one. */
  private static Optional<Path> inRepoTarget(Path skillMd, Path repoRoot) {
    try {
      if (!Files.isSymbolicLink(skillMd) || Files.readSymbolicLink(skillMd).isAbsolute()) {
        return Optional.empty();
      }
      Path real = skillMd.toRealPath();
      return real.startsWith(repoRoot.toRealPath()) ? Optional.of(real) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Validates the front matter of {@code SKILL.md} content already in memory. */
  public static ParsedSkill parse(String content) {
    return parse(content, Optional.empty());
  }

  /** {@link #readForInstall} for content in memory, {@code folderName} giving the fallback id. */
  public static ParsedSkill parseForInstall(String content, String folderName) {
    return parse(content, Optional.of(folderName));
  }

  private static ParsedSkill parse(String content, Optional<String> lenientFolder) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    int firstEnd = lineEnd(text, 0);
    if (!isFence(text, 0, firstEnd)) {
      return ParsedSkill.Invalid.of(
          SkillProblem.NO_FRONT_MATTER,
          "line 1: must be '---', starting the YAML front matter (name, description)");
    }
    int yamlStart = nextLine(text, firstEnd);
    int pos = yamlStart;
    while (pos < text.length()) {
      if (pos - yamlStart > MAX_FRONT_MATTER_CHARS) {
        return frontMatterTooLarge();
      }
      int end = lineEnd(text, pos);
      if (isFence(text, pos, end)) {
        return YamlManifest.load(
            text.substring(yamlStart, pos),
            lenientFolder.map(ManifestBuilder::new).orElseGet(ManifestBuilder::new));
      }
      pos = nextLine(text, end);
    }
    if (pos - yamlStart > MAX_FRONT_MATTER_CHARS) {
      return frontMatterTooLarge();
    }
    return ParsedSkill.Invalid.of(
        SkillProblem.UNTERMINATED_FRONT_MATTER,
        "the front matter opened on line 1 is never closed by a '---' line");
  }

  private static ParsedSkill tooLarge(long size) {
    return ParsedSkill.Invalid.of(
        SkillProblem.FILE_TOO_LARGE,
        FILE_NAME + " is " + size + " bytes; at most " + MAX_FILE_BYTES + " are read");
  }

  private static ParsedSkill frontMatterTooLarge() {
    return ParsedSkill.Invalid.of(
        SkillProblem.FRONT_MATTER_TOO_LARGE,
        "the front matter is longer than " + MAX_FRONT_MATTER_CHARS + " characters");
  }

  /**
   * Index of the line break ending the line that starts at {@code from}, or the text's end. Stops
   * scanning past the front-matter limit so one enormous line costs no more than the limit.
   */
  private static int lineEnd(String text, int from) {
    int limit = (int) Math.min(text.length(), (long) from + MAX_FRONT_MATTER_CHARS + 2);
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return limit;
  }

  private static int nextLine(String text, int lineEnd) {
    if (lineEnd >= text.length()) {
      return text.length();
    }
    boolean crlf = text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length();
    return crlf && text.charAt(lineEnd + 1) == '\n' ? lineEnd + 2 : lineEnd + 1;
  }

  /** {@code ---} alone on its line; trailing blanks are forgiven, as editors leave them. */
  private static boolean isFence(String text, int start, int end) {
    int last = end;
    while (last > start && (text.charAt(last - 1) == ' ' || text.charAt(last - 1) == '\t')) {
      last--;
    }
    return last - start == 3 && text.startsWith("---", start);
  }
}
