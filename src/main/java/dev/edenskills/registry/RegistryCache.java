package dev.edenskills.registry;

import dev.edenskills.common.AtomicFiles;
import dev.edenskills.common.SafeDelete;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/**
 * The synced copies of registries: {@code <store>/registries/<name>/} holds the index tree of the
 * last synced commit, and {@code <store>/registries/<name>.toml} says where and when it came from.
 * Everything resolution needs is here, so it works offline.
 */
public record RegistryCache(Path root) {
  /** What one sync left behind. */
  public record Synced(String url, String commit, Instant syncedAt) {}

  public static RegistryCache in(Path storeRoot) {
    return new RegistryCache(storeRoot.resolve("registries"));
  }

  /** The index tree of registry {@code name}. */
  public Path dir(String name) {
    return root.resolve(name);
  }

  private Path meta(String name) {
    return root.resolve(name + ".toml");
  }

  /** True when a synced copy of {@code name} exists. */
  public boolean has(String name) {
    return Files.isDirectory(dir(name)) && Files.isRegularFile(meta(name));
  }

  /** The sync record of {@code name}, empty when never synced or unreadable. */
  public Optional<Synced> synced(String name) {
    try {
      TomlParseResult toml = Toml.parse(Files.readString(meta(name), StandardCharsets.UTF_8));
      String url = toml.getString("url");
      String commit = toml.getString("commit");
      String at = toml.getString("synced_at");
      if (url == null || commit == null || at == null) {
        return Optional.empty();
      }
      return Optional.of(new Synced(url, commit, Instant.parse(at)));
    } catch (IOException | DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Replaces the copy of {@code name} with the tree in {@code fresh} (a directory under the same
   * store) and records the sync. The old tree is renamed away before the new one is renamed in, so
   * a reader sees one whole tree or, for an instant, none.
   */
  public void replace(String name, Path fresh, Synced synced) throws IOException {
    Files.createDirectories(root);
    Path target = dir(name);
    Path old = null;
    if (Files.exists(target)) {
      old = root.resolve("." + name + ".old-" + System.nanoTime());
      Files.move(target, old);
    }
    Files.move(fresh, target);
    AtomicFiles.writeString(
        meta(name),
        "url = "
            + quote(synced.url())
            + "\ncommit = "
            + quote(synced.commit())
            + "\nsynced_at = "
            + quote(synced.syncedAt().toString())
            + "\n");
    if (old != null) {
      SafeDelete.quietly(old);
    }
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
