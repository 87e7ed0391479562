package dev.edenskills.registry;

import dev.edenskills.common.Env;
import dev.edenskills.source.FetchOptions;
import dev.edenskills.source.GitEnvironment;
import dev.edenskills.source.RepoLocation;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;

/**
 * Checks that a version's {@code ref} (a tag or branch of the skill's repository) still points at
 * the commit the index recorded. The skill is installed at the recorded commit either way; a moved
 * or deleted ref is only worth a warning, and a check that cannot reach the repository says nothing
 * (the fetch that follows reports that).
 */
public final class RefCheck {
  private final Env env;
  private final FetchOptions options;

  public RefCheck(Env env, FetchOptions options) {
    this.env = env;
    this.options = options;
  }

  public void warnIfMoved(Resolution r, Consumer<String> warn) {
    String ref = r.version().ref();
    if (ref.equals(r.version().commit())) {
      return;
    }
    Optional<String> now;
    try {
      now = lookUp(r.entry().repo(), ref);
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return;
    }
    String where = r.entry().name() + " " + r.version().version();
    if (now.isEmpty()) {
      warn.accept(
          where
              + ": ref "
              + ref
              + " no longer exists in "
              + r.entry().repo()
              + "; installing the recorded commit "
              + r.version().commit().substring(0, 12));
    } else if (!now.get().equals(r.version().commit())) {
      warn.accept(
          where
              + ": ref "
              + ref
              + " now points at "
              + now.get().substring(0, 12)
              + ", not the recorded commit "
              + r.version().commit().substring(0, 12)
              + "; installing the recorded commit (ask the registry's maintainers to check)");
    }
  }

  private Optional<String> lookUp(String repo, String ref) throws Exception {
    if (!(RepoLocation.parse(repo, env, env.cwd()) instanceof RepoLocation.Remote remote)) {
      return Optional.empty();
    }
    if (!GitEnvironment.installed()) {
      GitEnvironment.install(env);
    }
    Collection<Ref> refs =
        Git.lsRemoteRepository()
            .setRemote(remote.fetchUrl())
            .setHeads(true)
            .setTags(true)
            .setTimeout(options.timeoutSecs())
            .call();
    for (String name : List.of(ref, "refs/tags/" + ref, "refs/heads/" + ref)) {
      for (Ref r : refs) {
        if (r.getName().equals(name)) {
          ObjectId id = r.getPeeledObjectId() != null ? r.getPeeledObjectId() : r.getObjectId();
          return Optional.of(id.name());
        }
      }
    }
    return Optional.empty();
  }
}
