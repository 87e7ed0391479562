package dev.edenskills.config;

import dev.edenskills.common.Env;
import java.nio.file.Path;

/**
 * A config together with where it lives: relative paths and {@code ~} in it resolve against that
 * place (CONTRACT §2), and the lock sits next to it.
 */
public record ConfigFile(Path path, Config config) {
  public ConfigFile {
    path = path.toAbsolutePath().normalize();
  }

  /** The directory relative paths in the config resolve against. */
  public Path baseDir() {
    return path.getParent();
  }

  /** {@code skills.toml} → {@code skills.lock}; a name without {@code .toml} gets {@code .lock}. */
  public Path lockPath() {
    String name = path.getFileName().toString();
    String lock =
        name.endsWith(".toml") ? name.substring(0, name.length() - 5) + ".lock" : name + ".lock";
    return path.resolveSibling(lock);
  }

  /** The store root, expanded. */
  public Path storeRoot(Env env) {
    return env.expand(config.storage().root(), baseDir());
  }

  public ConfigFile with(Config next) {
    return new ConfigFile(path, next);
  }
}
