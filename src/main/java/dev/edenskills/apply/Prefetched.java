package dev.edenskills.apply;

import dev.edenskills.source.Snapshot;

/**
 * A repository ref already fetched and materialized earlier in this run ({@code install} fetches to
 * discover skills). Phase A uses its snapshot instead of fetching again, and counts the skills as
 * cloned or updated, since this run did go to the network for them.
 *
 * @param repoKey the store key of the repository ({@code RepoLocation.Remote#key})
 * @param ref the ref as the config spells it
 * @param commit what {@code ref} resolved to
 * @param branch the branch {@code ref} named when it is the default branch, else ""
 * @param cloned whether the repository was new in the store
 */
public record Prefetched(
    String repoKey, String ref, String commit, String branch, boolean cloned, Snapshot snapshot) {}
