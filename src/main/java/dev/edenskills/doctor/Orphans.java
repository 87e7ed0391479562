package dev.edenskills.doctor;

import dev.edenskills.adapter.Ownership;
import dev.edenskills.adapter.TargetAdapter;
import dev.edenskills.adapter.TargetState;
import dev.edenskills.common.Env;
import dev.edenskills.common.Problem;
import dev.edenskills.config.ConfigFile;
import dev.edenskills.lock.LockEntry;
import dev.edenskills.lock.LockFile;
import dev.edenskills.lock.LockTarget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ORPHAN_INSTALL}: skills the lock records but the config no longer declares, whose installs
 * are still in place. A user's own content at such a path is not the tool's and is not reported.
 */
final class Orphans {
  private final Env env;
  private final TargetAdapter adapter;
  private final Path storeRoot;

  Orphans(Env env, TargetAdapter adapter, Path storeRoot) {
    this.env = env;
    this.adapter = adapter;
    this.storeRoot = storeRoot;
  }

  List<Finding> find(ConfigFile config, LockFile lock) {
    List<Finding> out = new ArrayList<>();
    for (LockEntry entry : lock.skills()) {
      if (config.config().skill(entry.id()).isPresent()) {
        continue;
      }
      Ownership owns = InstallOwnership.of(config, entry, storeRoot, env);
      for (LockTarget t : entry.targets()) {
        Path path = Path.of(t.path()).toAbsolutePath().normalize();
        TargetState state;
        try {
          state = adapter.inspect(path, owns);
        } catch (Problem p) {
          if (!TargetCheck.UNREACHABLE.contains(p.code())) {
            throw p;
          }
          out.add(
              new Finding(
                  FindingCode.CONTAINER_UNAVAILABLE,
                  Optional.of(entry.id()),
                  Optional.of(path),
                  p.getMessage() + " (an install of " + entry.id() + " may be left there)",
                  p.hint()));
          continue;
        }
        if (state.owned()) {
          out.add(
              Finding.at(
                  FindingCode.ORPHAN_INSTALL,
                  entry.id(),
                  path,
                  state.describe()
                      + " installed for "
                      + entry.id()
                      + ", which is no longer in the config"));
        }
      }
    }
    return out;
  }
}
