package dev.edenskills.registry;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One skill of a registry: {@code index/<first char>/<name>.toml} with its {@code [skill]} table
 * and every published version (CONTRACT §11).
 */
public record IndexEntry(
    String name,
    String description,
    String repo,
    String subpath,
    String license,
    List<IndexVersion> versions,
    Path file) {

  public IndexEntry {
    versions = List.copyOf(versions);
  }

  public Optional<IndexVersion> version(String version) {
    return versions.stream().filter(v -> v.version().equals(version)).findFirst();
  }

  /** The versions that may be chosen: every one not yanked. */
  public List<String> installable() {
    return versions.stream().filter(v -> !v.yanked()).map(IndexVersion::version).toList();
  }
}
