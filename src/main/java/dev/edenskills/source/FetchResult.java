package dev.edenskills.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one fetch produced: each requested ref resolved to its 40-hex commit (in request order), the
 * branch a symbolic ref such as {@code HEAD} pointed to when the server said so, and whether the
 * repository was cloned (new in the store) or updated (already there).
 *
 * @param branches requested ref to the short branch name it was a symref to (only those known)
 */
public record FetchResult(
    Map<String, String> commits, Map<String, String> branches, boolean cloned) {
  public FetchResult {
    commits = Collections.unmodifiableMap(new LinkedHashMap<>(commits));
    branches = Map.copyOf(branches);
  }

  public FetchResult(Map<String, String> commits, boolean cloned) {
    this(commits, Map.of(), cloned);
  }

  /** The commit {@code ref} resolved to. */
  public String commit(String ref) {
    String id = commits.get(ref);
    if (id == null) {
      throw new IllegalArgumentException("ref not fetched: " + ref);
    }
    return id;
  }

  /** The branch {@code ref} named through a symref ({@code HEAD}), or "" when none or unknown. */
  public String branch(String ref) {
    return branches.getOrDefault(ref, "");
  }

  FetchResult asCloned(boolean isNew) {
    return new FetchResult(commits, branches, isNew);
  }

  public boolean updated() {
    return !cloned;
  }
}
