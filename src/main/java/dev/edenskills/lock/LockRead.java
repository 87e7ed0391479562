package dev.edenskills.lock;

import java.util.Optional;

/**
 * What reading skills.lock gave: a usable lock, or an empty one with the reason (missing file,
 * garbage, newer version). Never an exception: the caller warns and reconciles fully.
 */
public sealed interface LockRead {
  /** The lock to work from; empty unless {@link Found}. */
  LockFile lock();

  /** Why the lock could not be used; empty when it was {@link Found}. */
  Optional<String> problem();

  /** A valid lock. */
  record Found(LockFile lock) implements LockRead {
    @Override
    public Optional<String> problem() {
      return Optional.empty();
    }
  }

  /** No lock file yet (first apply): expected, usually not worth a warning. */
  record Missing(String reason) implements LockRead {
    @Override
    public LockFile lock() {
      return LockFile.EMPTY;
    }

    @Override
    public Optional<String> problem() {
      return Optional.of(reason);
    }
  }

  /** The file exists but cannot be used: unreadable, not TOML, wrong types, newer version. */
  record Unusable(String reason) implements LockRead {
    @Override
    public LockFile lock() {
      return LockFile.EMPTY;
    }

    @Override
    public Optional<String> problem() {
      return Optional.of(reason);
    }
  }
}
