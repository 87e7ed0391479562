package dev.edenskills.apply;

import dev.edenskills.reactor.ProgressEvent;
import dev.edenskills.reactor.ProgressListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Adds what the reactor cannot know to its events: how many skills a finished repository carried
 * ({@code downloaded x (3 skills) [1.2s]}).
 */
final class RepoSummaries implements ProgressListener {
  private final ProgressListener next;
  private final Map<String, Integer> skillsByRepo = new ConcurrentHashMap<>();

  RepoSummaries(ProgressListener next) {
    this.next = next;
  }

  void register(String repo, int skills) {
    skillsByRepo.put(repo, skills);
  }

  @Override
  public void on(ProgressEvent event) {
    if (event instanceof ProgressEvent.RepoFinished f && f.ok()) {
      int n = skillsByRepo.getOrDefault(f.name(), 0);
      next.on(
          new ProgressEvent.RepoFinished(
              f.at(), f.name(), true, "(" + n + (n == 1 ? " skill)" : " skills)"), f.elapsed()));
    } else {
      next.on(event);
    }
  }
}
