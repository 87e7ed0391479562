package dev.edenskills.docker;

import dev.edenskills.common.AtomicFiles;
import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The file operations the {@link DockerAdapter} performs inside a container: {@code docker cp} in
 * and out, and a few fixed {@code /bin/sh} scripts (mkdir, mv, rm, listing) whose paths are passed
 * as positional arguments, never spliced into the script. Nothing from a skill is ever run.
 */
final class ContainerShell {
  private static final String SWAP =
      "set -e; if [ -e \"$2\" ] || [ -L \"$2\" ]; then mv \"$2\" \"$3\"; fi;"
          + " mv \"$1\" \"$2\"; rm -rf \"$3\"";
  private static final String ENSURE_ROOT =
      "[ -d \"$1\" ] && exit 0; [ \"$2\" = yes ] || exit 3; mkdir -p \"$1\"";
  private static final String LIST_TEMPS =
      "cd \"$1\" 2>/dev/null || exit 0; for f in "
          + AtomicFiles.TEMP_PREFIX
          + "*;"
          + " do if [ -e \"$f\" ] || [ -L \"$f\" ]; then echo \"$f\"; fi; done";

  private final DockerCli cli;
  private final String container;

  ContainerShell(DockerCli cli, String container) {
    this.cli = cli;
    this.container = container;
  }

  /** Copies {@code inner} out to {@code dest} on the host (links kept); empty when absent. */
  Optional<Path> copyOut(String inner, Path dest) {
    DockerCli.Result r = cli.run(List.of("cp", container + ":" + inner, dest.toString()));
    if (!r.ok() && r.err().contains("Could not find the file")) {
      return Optional.empty();
    }
    check(r, "cannot read " + inner);
    return Optional.of(dest);
  }

  /** Copies the host tree {@code from} into the container at {@code inner}. */
  void copyIn(Path from, String inner) {
    check(cli.run(List.of("cp", from.toString(), container + ":" + inner)), "copy");
  }

  /**
   * Makes sure the skill root exists, creating it only when {@code create}.
   *
   * @return false when it is missing and may not be created
   */
  boolean ensureRoot(String root, boolean create) {
    DockerCli.Result ensured = exec(ENSURE_ROOT, root, create ? "yes" : "no");
    if (ensured.exitCode() == 3) {
      return false;
    }
    check(ensured, "cannot create " + root);
    return true;
  }

  /** Renames {@code fresh} onto {@code target}, moving what was there to {@code old} first. */
  void swapIn(String fresh, String target, String old) {
    check(exec(SWAP, fresh, target, old), "cannot swap in " + target);
  }

  /** Moves {@code inner} aside to {@code old}, then deletes it. */
  void moveAsideAndDelete(String inner, String old) {
    check(exec("mv \"$1\" \"$2\" && rm -rf \"$2\"", inner, old), "remove");
  }

  /** Deletes {@code inner}; {@code quietly} ignores a failure (cleanup after another failure). */
  void delete(String inner, boolean quietly) {
    DockerCli.Result r = exec("rm -rf \"$1\"", inner);
    if (!quietly) {
      check(r, "cannot delete " + inner);
    }
  }

  /** Names of the tool's temp entries in {@code root}, sorted; none when it cannot list them. */
  List<String> temps(String root) {
    DockerCli.Result r = exec(LIST_TEMPS, root);
    return r.ok() ? r.out().lines().filter(l -> !l.isBlank()).sorted().toList() : List.of();
  }

  private DockerCli.Result exec(String script, String... args) {
    List<String> argv = new ArrayList<>(List.of("exec", container, "/bin/sh", "-c", script, "sh"));
    argv.addAll(List.of(args));
    return cli.run(argv);
  }

  private void check(DockerCli.Result r, String what) {
    if (!r.ok()) {
      throw Problem.runtime(
          ErrorCode.TARGET_IO,
          what + " in container " + container + ": " + r.firstError(),
          "the container needs /bin/sh, mkdir, mv and rm, and a writable skill root");
    }
  }
}
