package dev.edenskills.source;

import java.util.Map;

/**
 * What one fetch produced: each requested ref resolved to its 40-hex commit (in request order), and
 * whether the repository was cloned (new in the store) or updated (already there).
 */
public record FetchResult(Map<String, String> commits, boolean cloned) {
  public FetchResult {
    commits = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(commits));
  }

  /** The commit {@code ref} resolved to. */
  public String commit(String ref) {
    String id = commits.get(ref);
    if (id == null) {
      throw new IllegalArgumentException("ref not fetched: " + ref);
    }
    return id;
  }

  public boolean updated() {
    return !cloned;
  }
}
