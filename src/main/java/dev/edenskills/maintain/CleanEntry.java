package dev.edenskills.maintain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.file.Path;
import java.util.Locale;

/** One thing {@code clean} deletes (or would): what kind, where, and how many bytes it holds. */
public record CleanEntry(Kind kind, Path path, long bytes) {

  /** What a store entry is. */
  public enum Kind {
    /** A bare repository no config or lock entry uses. */
    REPO,
    /** The snapshot of a commit no lock entry (or config SHA ref) uses. */
    SNAPSHOT,
    /** A temporary entry left by an interrupted run. */
    TEMP,
    /** Safety metadata of a skill neither in the config nor in the lock. */
    SAFETY;

    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
