package dev.edenskills.lock;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What was installed for one skill (CONTRACT §9).
 *
 * @param ref the ref as the config spells it; {@code HEAD} for the remote's default branch
 * @param branch the branch {@code HEAD} pointed to when that commit was fetched, else ""
 * @param commit 40 lowercase hex digits, or "" for a local directory that is not a git checkout
 * @param mode "symlink" or "copy"
 * @param contentHash SHA-256 over the installed tree, as the installer wrote it
 * @param installedAt RFC 3339 timestamp
 * @param registry set when the skill was named through a registry (CONTRACT §11)
 */
public record LockEntry(
    String id,
    String repo,
    String ref,
    String branch,
    String subpath,
    String commit,
    String mode,
    String contentHash,
    String installedAt,
    List<LockTarget> targets,
    Optional<RegistryPin> registry) {
  public LockEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(repo, "repo");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(branch, "branch");
    Objects.requireNonNull(subpath, "subpath");
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(installedAt, "installedAt");
    targets = List.copyOf(targets);
    Objects.requireNonNull(registry, "registry");
  }

  /** An entry for a skill given by repository. */
  public LockEntry(
      String id,
      String repo,
      String ref,
      String branch,
      String subpath,
      String commit,
      String mode,
      String contentHash,
      String installedAt,
      List<LockTarget> targets) {
    this(
        id,
        repo,
        ref,
        branch,
        subpath,
        commit,
        mode,
        contentHash,
        installedAt,
        targets,
        Optional.empty());
  }

  /** The same entry with its targets in written order (agent, then path). */
  public LockEntry normalized() {
    List<LockTarget> sorted = targets.stream().sorted(LockTarget.ORDER).toList();
    return new LockEntry(
        id, repo, ref, branch, subpath, commit, mode, contentHash, installedAt, sorted, registry);
  }

  /** An entry with no default-branch name (a named ref, or a local directory). */
  public LockEntry(
      String id,
      String repo,
      String ref,
      String subpath,
      String commit,
      String mode,
      String contentHash,
      String installedAt,
      List<LockTarget> targets) {
    this(id, repo, ref, "", subpath, commit, mode, contentHash, installedAt, targets);
  }
}
