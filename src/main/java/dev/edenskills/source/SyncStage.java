package dev.edenskills.source;

/**
 * Where getting a source failed or is at: cloning a repository new to the store, fetching into one
 * it has, checking a ref or subpath out, writing a snapshot. {@code apply} maps these onto the
 * reactor's stages; this package knows nothing of the reactor.
 */
public enum SyncStage {
  CLONE,
  FETCH,
  CHECKOUT,
  MATERIALIZE
}
