package dev.edenskills.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Looks containers up by name or id, once per run: every target in one container shares the answer
 * (and a missing container or an unreachable engine is one problem, not one per target).
 *
 * <p>Problem codes: {@code ENGINE_UNREACHABLE}, {@code CONTAINER_MISSING}, {@code
 * CONTAINER_STOPPED}; every message names the container.
 */
public final class Containers {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DockerCli cli;
  private final Map<String, Lookup> cache = new ConcurrentHashMap<>();

  public Containers(DockerCli cli) {
    this.cli = cli;
  }

  private sealed interface Lookup {}

  private record Found(ContainerInfo info) implements Lookup {}

  private record Failed(Problem problem) implements Lookup {}

  /** The container, running or not. */
  public ContainerInfo find(String container) {
    return switch (cache.computeIfAbsent(container, this::lookup)) {
      case Found f -> f.info();
      case Failed f -> throw f.problem();
    };
  }

  /** The container, which must be running (installs run {@code mv}/{@code rm} inside it). */
  public ContainerInfo running(String container) {
    ContainerInfo info = find(container);
    if (!info.running()) {
      throw Problem.runtime(
          ErrorCode.CONTAINER_STOPPED,
          "container " + container + " is not running",
          "start it (docker start " + container + ") and run again");
    }
    return info;
  }

  /** The container user's home, for {@code ~} in container paths. */
  public String home(String container) {
    return running(container)
        .home()
        .orElseThrow(
            () ->
                Problem.runtime(
                    ErrorCode.CONTAINER_HOME_UNKNOWN,
                    "cannot tell the home directory of container " + container + "'s user",
                    "give the target an absolute path inside the container"));
  }

  /** The CLI these lookups use. */
  public DockerCli cli() {
    return cli;
  }

  private Lookup lookup(String container) {
    try {
      DockerCli.Result r = cli.run(List.of("container", "inspect", container));
      if (!r.ok()) {
        String e = r.err();
        if (e.contains("No such container") || e.contains("No such object")) {
          return new Failed(
              Problem.runtime(
                  ErrorCode.CONTAINER_MISSING,
                  "container " + container + " does not exist",
                  "create or start it, or fix environment = \"docker:<container>\""));
        }
        return new Failed(unreachable(container, r.firstError()));
      }
      JsonNode c = JSON.readTree(r.out()).path(0);
      boolean running = c.path("State").path("Running").asBoolean(false);
      List<ContainerInfo.Mount> mounts = new ArrayList<>();
      for (JsonNode m : c.path("Mounts")) {
        if (m.path("Type").asText().equals("bind")) {
          mounts.add(
              new ContainerInfo.Mount(
                  Path.of(m.path("Source").asText()),
                  m.path("Destination").asText(),
                  m.path("RW").asBoolean(false)));
        }
      }
      Optional<String> home = running ? askHome(container) : Optional.empty();
      String name = c.path("Name").asText().replaceFirst("^/", "");
      return new Found(new ContainerInfo(c.path("Id").asText(), name, running, home, mounts));
    } catch (Problem p) {
      return new Failed(p);
    } catch (java.io.IOException e) {
      return new Failed(unreachable(container, "unreadable answer from docker inspect: " + e));
    }
  }

  /** {@code $HOME} as the container's own user sees it (docker exec sets it from passwd). */
  private Optional<String> askHome(String container) {
    DockerCli.Result r =
        cli.run(List.of("exec", container, "/bin/sh", "-c", "printf '%s' \"$HOME\""));
    String home = r.out().strip();
    return r.ok() && home.startsWith("/") ? Optional.of(home) : Optional.empty();
  }

  private static Problem unreachable(String container, String why) {
    return Problem.runtime(
        ErrorCode.ENGINE_UNREACHABLE,
        "cannot reach the Docker engine for container " + container + ": " + why,
        "start the engine (docker info must answer) or set DOCKER_HOST");
  }
}
