package dev.edenskills.adapter;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** What is at a target path right now, and whether eden-skills owns it. */
public sealed interface TargetState {

  /** True when the tool may replace or remove this entry without {@code --force}. */
  boolean owned();

  /** A short noun for messages: "missing", "symlink", "managed copy", "directory"… */
  String describe();

  /** Nothing at the target path. */
  record Absent() implements TargetState {
    @Override
    public boolean owned() {
      return false;
    }

    @Override
    public String describe() {
      return "missing";
    }
  }

  /**
   * A symlink. {@code pointsTo} is its target made absolute (against the link's directory) and
   * normalized; {@code resolves} is true when that is an existing directory; {@code owned} when it
   * points into the store or to the expected source (see {@link Ownership}).
   */
  record Symlink(Path pointsTo, boolean owned, boolean resolves) implements TargetState {
    @Override
    public String describe() {
      return "symlink";
    }
  }

  /**
   * A directory carrying the tool's marker: the skill id and hash the marker records, and the hash
   * of what is there now (they differ when someone edited the copy).
   */
  record ManagedCopy(String skillId, Optional<String> recordedHash, String currentHash)
      implements TargetState {
    @Override
    public boolean owned() {
      return true;
    }

    @Override
    public String describe() {
      return "managed copy";
    }

    /** True when the copy no longer matches what was installed. */
    public boolean edited() {
      return recordedHash.map(h -> !h.equals(currentHash)).orElse(false);
    }
  }

  /** Something the tool did not make: a plain directory, a file, a device… */
  record Foreign(Kind kind) implements TargetState {
    @Override
    public boolean owned() {
      return false;
    }

    @Override
    public String describe() {
      return kind.id();
    }
  }

  /** The kind of a {@link Foreign} entry. */
  enum Kind {
    DIRECTORY,
    FILE,
    OTHER;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
