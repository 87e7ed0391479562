package dev.edenskills.adapter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The file inside a copy that says "eden-skills made this": which skill and the content hash it had
 * when installed. Its presence is what makes a copied directory the tool's to replace.
 */
public record ManagedMarker(String skillId, Optional<String> contentHash) {
  /** Name of the marker file at the top of every managed copy; excluded from hashing. */
  public static final String FILE_NAME = ".eden-skills-managed";

  private static final String HEADER =
      "# Written by eden-skills: this directory is a managed copy; edits are overwritten.\n";

  /** True when {@code dir} holds a marker file (a regular file, not a link). */
  public static boolean presentIn(Path dir) {
    return Files.isRegularFile(dir.resolve(FILE_NAME), LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * The marker in {@code dir}, empty when there is none. A marker that cannot be parsed still
   * counts (ownership is its presence) with an empty skill id and no hash.
   */
  public static Optional<ManagedMarker> read(Path dir) throws IOException {
    if (!presentIn(dir)) {
      return Optional.empty();
    }
    String id = "";
    Optional<String> hash = Optional.empty();
    for (String line : Files.readAllLines(dir.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
      int eq = line.indexOf('=');
      if (line.startsWith("#") || eq < 0) {
        continue;
      }
      String key = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      switch (key) {
        case "skill_id" -> id = value;
        case "content_hash" -> hash = value.isEmpty() ? Optional.empty() : Optional.of(value);
        default -> {}
      }
    }
    return Optional.of(new ManagedMarker(id, hash));
  }

  /** Writes the marker into {@code dir} (a directory not yet visible at its final name). */
  void writeTo(Path dir) throws IOException {
    String text =
        HEADER + "skill_id = " + skillId + "\ncontent_hash = " + contentHash.orElse("") + "\n";
    Files.writeString(dir.resolve(FILE_NAME), text, StandardCharsets.UTF_8);
  }
}
