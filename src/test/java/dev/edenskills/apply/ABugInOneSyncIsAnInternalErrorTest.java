package dev.edenskills.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.common.Env;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.config.ConfigStore;
import dev.edenskills.lock.LockFile;
import dev.edenskills.reactor.ProgressListener;
import dev.edenskills.reactor.Stage;
import dev.edenskills.resolve.SkillResolver;
import dev.edenskills.source.SyncStage;
import dev.edenskills.testing.ApplyWorld;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sync that throws something git does not (a bug in the tool) fails only its own skills, as an
 * internal error: not "fetch failed", the exception kept for {@code -v}; a real fetch failure next
 * to it stays an ordinary failure, and the other repository syncs.
 */
class ABugInOneSyncIsAnInternalErrorTest {
  @TempDir Path tmp;

  @Test
  void aNonGitExceptionInOneRepositorysSyncIsAnInternalErrorWhileTheOthersSync() throws Exception {
    try (ApplyWorld w = new ApplyWorld(tmp)) {
      w.repoWithSkills("good", 1);
      w.repoWithSkills("buggy", 1);
      String targets = ApplyWorld.agents("claude-code");
      w.skill("good-s0", w.server.url("good"), "main", "skills/good-s0", "symlink", targets)
          .skill("buggy-s0", w.server.url("buggy"), "main", "skills/buggy-s0", "symlink", targets)
          .skill("ghost", w.server.url("ghost"), "main", ".", "symlink", targets);
      Env env = w.cli.environment();
      ConfigFile config = new ConfigStore(w.config(), env).load(false, line -> {});
      RepoSyncs syncs = RepoSyncs.of(env, config);
      // The buggy repository really fetches and materializes, then its task hits a bug.
      SourceSync.TaskFactory tasks =
          (repo, refs) ->
              !repo.display().contains("buggy")
                  ? syncs.task(repo, refs)
                  : SourceTasks.of(
                      repo.display(),
                      SyncStage.CLONE,
                      progress -> {
                        new RepoSyncTask(
                                repo,
                                refs,
                                syncs.layout(),
                                syncs.fetcher(),
                                syncs.snapshots(),
                                syncs.fetchOptions())
                            .run(progress);
                        throw new NullPointerException("injected: a bug after the fetch");
                      });
      SourceSync sync =
          new SourceSync(
              syncs,
              syncs.reactor(3, ProgressListener.NONE),
              new RepoSummaries(ProgressListener.NONE),
              tasks);

      SourceSync.Result result =
          sync.run(new SkillResolver(config, env, LockFile.EMPTY).resolveAll(), false);

      assertThat(result.outcomes().get("good-s0")).isInstanceOf(SyncOutcome.Cloned.class);
      assertThat(result.outcomes().get("buggy-s0"))
          .isInstanceOfSatisfying(
              SyncOutcome.Failed.class,
              f -> {
                assertThat(f.internal()).isTrue();
                assertThat(f.stage()).isEqualTo(Stage.MATERIALIZE);
                assertThat(f.detail())
                    .isEqualTo(
                        "internal error: java.lang.NullPointerException: injected: a bug after"
                            + " the fetch");
                assertThat(f.cause()).containsInstanceOf(NullPointerException.class);
              });
      assertThat(result.outcomes().get("ghost"))
          .isInstanceOfSatisfying(
              SyncOutcome.Failed.class,
              f -> {
                assertThat(f.internal()).isFalse();
                assertThat(f.stage()).isEqualTo(Stage.CLONE);
                assertThat(f.detail()).startsWith("repository not found at ");
              });
    }
  }
}
