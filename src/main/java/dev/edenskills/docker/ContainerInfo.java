package dev.edenskills.docker;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the engine says about one container: its id and name, whether it runs, the home directory of
 * the user it runs as (empty when it is not running and so cannot be asked), and its mounts.
 */
public record ContainerInfo(
    String id, String name, boolean running, Optional<String> home, List<Mount> mounts) {

  public ContainerInfo {
    mounts = List.copyOf(mounts);
  }

  /** A bind mount: host {@code source} appears at {@code destination} inside the container. */
  public record Mount(Path source, String destination, boolean writable) {
    /** The host path that {@code inner} maps to, when this mount covers it. */
    Optional<Path> hostPathOf(String inner) {
      String dest =
          destination.endsWith("/") && destination.length() > 1
              ? destination.substring(0, destination.length() - 1)
              : destination;
      if (inner.equals(dest)) {
        return Optional.of(source);
      }
      String prefix = dest.equals("/") ? "/" : dest + "/";
      if (!inner.startsWith(prefix)) {
        return Optional.empty();
      }
      return Optional.of(source.resolve(inner.substring(prefix.length())).normalize());
    }
  }

  /**
   * The host path of {@code inner} through the innermost writable bind mount covering it (the
   * engine resolves nested mounts the same way: the longest destination wins).
   */
  public Optional<Path> writableHostPath(String inner) {
    return mounts.stream()
        .filter(m -> m.hostPathOf(inner).isPresent())
        .max((a, b) -> Integer.compare(a.destination().length(), b.destination().length()))
        .filter(Mount::writable)
        .flatMap(m -> m.hostPathOf(inner));
  }

  /**
   * True when host path {@code hostPath} is visible inside the container at that same path, so a
   * symlink pointing there resolves for the agent too.
   */
  public boolean seesAtSamePath(Path hostPath) {
    String p = hostPath.toAbsolutePath().normalize().toString();
    return mounts.stream()
        .filter(m -> m.hostPathOf(p).isPresent())
        .max((a, b) -> Integer.compare(a.destination().length(), b.destination().length()))
        .flatMap(m -> m.hostPathOf(p))
        .map(h -> h.equals(hostPath.toAbsolutePath().normalize()))
        .orElse(false);
  }
}
