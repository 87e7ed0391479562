package dev.edenskills.apply;

import dev.edenskills.reactor.TaskResult;

/** One repository's Phase A result, as listed under {@code sync.repos} in JSON. */
public record RepoReport(String repo, String outcome, int skills, long elapsedMs, String detail) {
  static <T> RepoReport of(String repo, int skills, TaskResult<T> result) {
    return switch (result) {
      case TaskResult.Done<T> d -> new RepoReport(repo, "ok", skills, d.elapsed().toMillis(), "");
      case TaskResult.Failed<T> f ->
          new RepoReport(
              repo,
              "failed",
              skills,
              f.elapsed().toMillis(),
              "stage=" + f.stage().id() + " detail=" + f.detail());
    };
  }
}
