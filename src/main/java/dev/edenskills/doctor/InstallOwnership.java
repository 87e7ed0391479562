package dev.edenskills.doctor;

import dev.edenskills.adapter.Ownership;
import dev.edenskills.common.Env;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.lock.LockEntry;
import dev.edenskills.source.RepoLocation;
import java.nio.file.Path;

/** Which installs of a locked skill are the tool's: links into the store, or to its local dir. */
public final class InstallOwnership {
  private InstallOwnership() {}

  public static Ownership of(ConfigFile config, LockEntry entry, Path storeRoot, Env env) {
    try {
      if (RepoLocation.parse(entry.repo(), env, config.baseDir())
          instanceof RepoLocation.Local local) {
        return Ownership.of(storeRoot, local.dir().resolve(entry.subpath()).normalize());
      }
    } catch (IllegalArgumentException e) {
      // a repo this build cannot parse: only links into the store count as ours
    }
    return Ownership.store(storeRoot);
  }
}
