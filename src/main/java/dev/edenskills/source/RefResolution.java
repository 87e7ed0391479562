package dev.edenskills.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;

/** Which refs to ask a server for, and what commit each requested ref names once fetched. */
final class RefResolution {
  private RefResolution() {}

  /**
   * The ref names (protocol v2 ls-refs prefixes) that can answer {@code refs}. Commit ids are
   * passed as they are: they match no ref, and without any prefix the server would list them all.
   */
  static List<String> patterns(List<String> refs) {
    List<String> patterns = new ArrayList<>();
    for (String ref : refs) {
      patterns.addAll(ObjectId.isId(ref) ? List.of(ref) : candidates(ref));
    }
    return patterns;
  }

  /** All refs resolved from the local repository when each is a commit id already present. */
  static Optional<Map<String, String>> resolveLocally(Repository repo, List<String> refs)
      throws IOException {
    Map<String, String> commits = new LinkedHashMap<>();
    try (RevWalk walk = new RevWalk(repo)) {
      for (String ref : refs) {
        if (!ObjectId.isId(ref) || !repo.getObjectDatabase().has(ObjectId.fromString(ref))) {
          return Optional.empty();
        }
        try {
          commits.put(ref, walk.parseCommit(ObjectId.fromString(ref)).name());
        } catch (IncorrectObjectTypeException | MissingObjectException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(commits);
  }

  /** Branch first (like {@code git clone --branch}), then tag; full names and HEAD as given. */
  static List<String> candidates(String ref) {
    if (ref.equals("HEAD") || ref.startsWith("refs/")) {
      return List.of(ref);
    }
    return List.of("refs/heads/" + ref, "refs/tags/" + ref);
  }

  static Optional<String> pick(Map<String, Ref> advertised, String ref) {
    return candidates(ref).stream().filter(advertised::containsKey).findFirst();
  }

  static Map<String, String> resolve(
      Repository repo, Map<String, String> localRefs, String url, SyncStage stage)
      throws IOException, SyncFailure {
    Map<String, String> commits = new LinkedHashMap<>();
    try (RevWalk walk = new RevWalk(repo)) {
      for (Map.Entry<String, String> e : localRefs.entrySet()) {
        String name = e.getKey();
        boolean byId = ObjectId.isId(name);
        Ref ref = repo.exactRef(e.getValue());
        if (ref == null && !byId) {
          throw refNotFound(stage, name, url);
        }
        ObjectId id = byId ? ObjectId.fromString(name) : ref.getObjectId();
        try {
          // parseCommit peels annotated tags down to their commit.
          commits.put(name, walk.parseCommit(id).name());
        } catch (MissingObjectException ex) {
          throw new SyncFailure(
              stage, "commit " + name + " not found at " + GitErrors.redact(url), ex);
        } catch (IncorrectObjectTypeException ex) {
          throw new SyncFailure(
              stage,
              "ref '" + name + "' does not point to a commit at " + GitErrors.redact(url),
              ex);
        }
        if (byId && ref == null) {
          // JGit leaves a commit fetched by id in FETCH_HEAD only; a ref keeps it reachable.
          RefUpdate update = repo.updateRef(e.getValue());
          update.setNewObjectId(id);
          update.setForceUpdate(true);
          update.update();
        }
      }
    }
    return commits;
  }

  /**
   * The short branch name an advertised symref (HEAD) points to. Servers say so in the ref
   * advertisement: {@code symref=HEAD:refs/heads/x} (protocol v0) or {@code symref-target} (v2).
   */
  static Optional<String> symrefBranch(Ref ref) {
    if (ref == null || !ref.isSymbolic()) {
      return Optional.empty();
    }
    return Optional.of(Repository.shortenRefName(ref.getTarget().getName()));
  }

  static SyncFailure refNotFound(SyncStage stage, String ref, String url) {
    if (ref.equals("HEAD")) {
      return new SyncFailure(
          stage,
          "the repository at "
              + GitErrors.redact(url)
              + " has no default branch (HEAD); name a branch with ref / --ref");
    }
    return new SyncFailure(stage, "ref '" + ref + "' not found at " + GitErrors.redact(url));
  }
}
