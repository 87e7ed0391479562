package dev.edenskills.config;

import dev.edenskills.common.Env;
import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A path inside a Docker container, carried through the tool as an ordinary absolute {@link Path}
 * of the form {@code /docker:<container>/<path>} so that plans, lock entries, findings and
 * de-duplication treat it like any other target. A leading {@code ~} segment stands for the
 * container user's home, which only the engine knows: it is looked up when the target is touched,
 * never while resolving, so a missing container fails its installs and nothing else.
 *
 * @param container the container's name or id
 * @param inner the path inside the container: absolute, or starting with {@code ~}
 */
public record ContainerPath(String container, String inner) {
  /** Docker's own rule for container names; ids are hex and match it too. */
  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}");

  private static final String ROOT_PREFIX = "docker:";

  /** The container named by {@code docker:<container>}, empty for anything else. */
  public static Optional<String> parseEnvironment(String environment) {
    if (!environment.startsWith(TargetSpec.DOCKER_PREFIX)) {
      return Optional.empty();
    }
    String name = environment.substring(TargetSpec.DOCKER_PREFIX.length());
    return NAME.matcher(name).matches() ? Optional.of(name) : Optional.empty();
  }

  /** True when {@code path} is a container path. */
  public static boolean isContainer(Path path) {
    return decode(path).isPresent();
  }

  /** The container path {@code path} encodes, empty for a local path. */
  public static Optional<ContainerPath> decode(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    if (abs.getNameCount() == 0) {
      return Optional.empty();
    }
    String first = abs.getName(0).toString();
    if (!abs.getRoot().toString().equals("/") || !first.startsWith(ROOT_PREFIX)) {
      return Optional.empty();
    }
    String container = first.substring(ROOT_PREFIX.length());
    if (!NAME.matcher(container).matches()) {
      return Optional.empty();
    }
    String rest = abs.getNameCount() == 1 ? "" : abs.subpath(1, abs.getNameCount()).toString();
    boolean home = rest.equals("~") || rest.startsWith("~/");
    return Optional.of(new ContainerPath(container, home ? rest : "/" + rest));
  }

  /** The encoded form of {@code inner} in {@code container}; {@code ..} is refused. */
  public static Path encode(String container, String inner) {
    for (String segment : inner.split("/")) {
      if (segment.equals("..")) {
        throw Problem.usage(
            ErrorCode.INVALID_TARGET_PATH,
            "container path '" + inner + "' contains '..'",
            "write the path inside the container without '..' segments");
      }
    }
    String rel = inner.startsWith("/") ? inner.substring(1) : inner;
    return Path.of("/", ROOT_PREFIX + container).resolve(rel).normalize();
  }

  /** Resolution context for targets inside {@code container}: home is the symbolic {@code ~}. */
  static Env environment(String container) {
    Path root = Path.of("/", ROOT_PREFIX + container);
    return new Env(Map.of(), root.resolve("~"), root, Clock.systemUTC(), false);
  }

  /** The inner path with {@code ~} replaced by {@code home}. */
  public String resolvedAgainst(String home) {
    if (inner.equals("~")) {
      return home;
    }
    if (inner.startsWith("~/")) {
      return (home.endsWith("/") ? home : home + "/") + inner.substring(2);
    }
    return inner;
  }

  /** {@code docker:<container>:<path>}, for messages. */
  @Override
  public String toString() {
    return TargetSpec.DOCKER_PREFIX + container + ":" + inner;
  }
}
