package dev.edenskills.docker;

import dev.edenskills.common.Env;
import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Talks to the engine through the {@code docker} CLI, one child process per call (see
 * docs/containers.md for why the CLI and not the Engine API). The engine is the one the CLI would
 * use: {@code DOCKER_HOST} / {@code DOCKER_CONTEXT} from the tool's environment, else the CLI's
 * default. Arguments go to the process as an argv array: nothing is ever parsed by a host shell.
 */
public final class DockerCli {
  /** Longest a single call may take; a `docker cp` of a skill takes well under a second. */
  private static final long TIMEOUT_SECONDS = 120;

  private static final List<String> PASSED_VARS =
      List.of(
          "DOCKER_HOST",
          "DOCKER_CONTEXT",
          "DOCKER_CONFIG",
          "DOCKER_TLS_VERIFY",
          "DOCKER_CERT_PATH");

  private final Env env;

  public DockerCli(Env env) {
    this.env = env;
  }

  /** What one call printed and how it ended. */
  public record Result(int exitCode, String out, String err) {
    public boolean ok() {
      return exitCode == 0;
    }

    /** The first line of stderr, for messages. */
    public String firstError() {
      String e = err.strip();
      int nl = e.indexOf('\n');
      return nl < 0 ? e : e.substring(0, nl);
    }
  }

  /** True when the engine is on this machine, so a bind mount's source is a path we can write. */
  public boolean engineIsLocal() {
    return env.get("DOCKER_HOST").map(h -> h.startsWith("unix://")).orElse(true)
        && env.get("DOCKER_CONTEXT").map(c -> c.equals("default")).orElse(true);
  }

  /** Runs {@code docker <args>}; a CLI that cannot be started is {@code ENGINE_UNREACHABLE}. */
  public Result run(List<String> args) {
    List<String> command = new ArrayList<>();
    command.add("docker");
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command);
    Map<String, String> childEnv = pb.environment();
    for (String name : PASSED_VARS) {
      childEnv.remove(name);
      env.get(name).ifPresent(v -> childEnv.put(name, v));
    }
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw Problem.runtime(
          ErrorCode.ENGINE_UNREACHABLE,
          "cannot run the docker CLI: " + e.getMessage(),
          "install the docker client and make sure `docker` is on PATH",
          e);
    }
    CompletableFuture<String> out = drain(p.getInputStream());
    CompletableFuture<String> err = drain(p.getErrorStream());
    try {
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw Problem.runtime(
            ErrorCode.ENGINE_UNREACHABLE,
            "docker " + args.getFirst() + " did not answer within " + TIMEOUT_SECONDS + " s",
            "check that the engine is up: docker info");
      }
      return new Result(p.exitValue(), out.join(), err.join());
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new Problem(ErrorCode.INTERRUPTED, "interrupted while running docker", "");
    }
  }

  private static CompletableFuture<String> drain(InputStream in) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        r -> Thread.ofVirtual().start(r));
  }
}
