package dev.edenskills.apply;

import dev.edenskills.reactor.Stage;
import java.nio.file.Path;
import java.util.Optional;

/** How Phase A ended for one skill (CONTRACT §6 counts these per skill). */
public sealed interface SyncOutcome {
  String skillId();

  /** The directory to install from, when the sync succeeded. */
  default Optional<Path> installSource() {
    return switch (this) {
      case Cloned c -> Optional.of(c.source());
      case Updated u -> Optional.of(u.source());
      case Skipped s -> Optional.of(s.source());
      case Failed f -> Optional.empty();
    };
  }

  /** The resolved commit, empty for a local directory or a failure. */
  default String commit() {
    return switch (this) {
      case Cloned c -> c.resolvedCommit();
      case Updated u -> u.resolvedCommit();
      case Skipped s -> s.resolvedCommit();
      case Failed f -> "";
    };
  }

  /** The repository was not in the store and was cloned. */
  record Cloned(String skillId, String resolvedCommit, Path source) implements SyncOutcome {}

  /** The repository was in the store and was fetched. */
  record Updated(String skillId, String resolvedCommit, Path source) implements SyncOutcome {}

  /** No network was needed: locked and in the store, or a local directory. */
  record Skipped(String skillId, String resolvedCommit, Path source) implements SyncOutcome {}

  /**
   * The skill could not be synced; Phase B skips it. {@code cause} is shown with {@code -v}; {@code
   * internal} when the cause is a bug in the tool rather than a problem with the source.
   */
  record Failed(
      String skillId, Stage stage, String detail, Optional<Throwable> cause, boolean internal)
      implements SyncOutcome {
    /** A failure found without an exception (a missing subpath, a missing local directory). */
    public Failed(String skillId, Stage stage, String detail) {
      this(skillId, stage, detail, Optional.empty(), false);
    }
  }
}
