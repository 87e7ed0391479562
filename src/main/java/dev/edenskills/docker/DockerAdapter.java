package dev.edenskills.docker;

import dev.edenskills.adapter.InstallRequest;
import dev.edenskills.adapter.InstallResult;
import dev.edenskills.adapter.LocalAdapter;
import dev.edenskills.adapter.Ownership;
import dev.edenskills.adapter.SkillLinks;
import dev.edenskills.adapter.TargetAdapter;
import dev.edenskills.adapter.TargetConflict;
import dev.edenskills.adapter.TargetState;
import dev.edenskills.common.AtomicFiles;
import dev.edenskills.common.Env;
import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import dev.edenskills.config.ContainerPath;
import dev.edenskills.config.InstallMode;
import dev.edenskills.config.VerifyCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@link TargetAdapter} for targets inside Docker containers (CONTRACT §10). A target whose skill
 * root lies under a writable bind mount is handled on the host side of the mount by the {@link
 * LocalAdapter}; a symlink is kept only when its destination (the store snapshot) is mounted at the
 * same path, since otherwise the agent inside would see a dangling link. Any other target is a
 * copy: staged on the host as a managed copy (marker included), copied in beside the target under
 * the temp prefix, then renamed into place by the container's own {@code mv} ({@link
 * ContainerShell}: the only commands run inside; nothing from the skill is).
 */
public final class DockerAdapter implements TargetAdapter {
  private final Containers containers;
  private final LocalAdapter local;
  private final Scratch scratch = new Scratch();

  /**
   * The copy taken out by the last {@link #inspect} (or {@link #check}) of a target, reused by the
   * checks that follow for the same target (plan, then verify): one {@code docker cp} instead of
   * one per check. Every inspect takes a fresh copy; any change made through this adapter drops it.
   */
  private Path lastInspected;

  private Optional<Path> lastCopy = Optional.empty();

  public DockerAdapter(Env env, LocalAdapter local) {
    this.containers = new Containers(new DockerCli(env));
    this.local = local;
  }

  /** A container target: the container, the path inside, and the host path if bind-mounted. */
  private record Where(
      ContainerPath path,
      ContainerInfo info,
      String inner,
      Optional<Path> host,
      ContainerShell shell) {
    String container() {
      return path.container();
    }
  }

  private Where where(Path target) {
    ContainerPath cp = ContainerPath.decode(target).orElseThrow();
    ContainerInfo info = containers.running(cp.container());
    String inner =
        cp.inner().startsWith("~")
            ? cp.resolvedAgainst(containers.home(cp.container()))
            : cp.inner();
    int slash = inner.lastIndexOf('/');
    String parent = slash <= 0 ? "/" : inner.substring(0, slash);
    // The skill root must be under the mount: renaming onto a mount point itself is invisible
    // inside the container, which keeps the inode it mounted.
    Optional<Path> host =
        containers.cli().engineIsLocal()
            ? info.writableHostPath(parent).map(h -> h.resolve(inner.substring(slash + 1)))
            : Optional.empty();
    return new Where(cp, info, inner, host, new ContainerShell(containers.cli(), cp.container()));
  }

  @Override
  public TargetState inspect(Path target, Ownership rules) {
    Where w = where(target);
    if (w.host().isPresent()) {
      return local.inspect(w.host().get(), rules);
    }
    Optional<Path> copy = copyOut(w);
    remember(target, copy);
    if (copy.isEmpty()) {
      return new TargetState.Absent();
    }
    TargetState state = local.inspect(copy.get(), rules);
    if (state instanceof TargetState.Symlink) {
      // Judged from inside: the tool never makes links in a container's own filesystem.
      try {
        Path link = Files.readSymbolicLink(copy.get());
        Path pointsTo = Path.of(w.inner()).resolveSibling(link).normalize();
        return new TargetState.Symlink(pointsTo, false, false);
      } catch (IOException e) {
        throw io(w, "cannot read link", e);
      }
    }
    return state;
  }

  @Override
  public InstallResult install(InstallRequest req, boolean force) {
    try {
      return installInto(where(req.target()), req, force);
    } finally {
      remember(null, Optional.empty());
    }
  }

  private InstallResult installInto(Where w, InstallRequest req, boolean force) {
    InstallMode mode = mode(w, req.source(), req.mode());
    if (w.host().isPresent()) {
      return local.install(
          new InstallRequest(
              req.skillId(),
              req.source(),
              req.boundary(),
              w.host().get(),
              mode,
              req.storeRoot(),
              req.ownership(),
              req.createDirs()),
          force);
    }
    TargetState before = inspect(req.target(), req.ownership());
    if (!(before instanceof TargetState.Absent) && !before.owned() && !force) {
      throw new TargetConflict(req.target(), before);
    }
    Path stage = scratch.fresh().resolve(req.skillId());
    InstallResult staged =
        local.install(
            new InstallRequest(
                req.skillId(),
                req.source(),
                req.boundary(),
                stage,
                InstallMode.COPY,
                req.storeRoot()),
            true);
    String root = Path.of(w.inner()).getParent().toString();
    if (!w.shell().ensureRoot(root, req.createDirs())) {
      throw Problem.runtime(
          ErrorCode.SKILL_ROOT_MISSING,
          "skill root " + root + " does not exist in container " + w.container(),
          "create it, or run without --no-create-dirs");
    }
    String fresh = root + "/" + AtomicFiles.tempName(req.skillId(), "new");
    String old = root + "/" + AtomicFiles.tempName(req.skillId(), "old");
    try {
      w.shell().copyIn(stage, fresh);
      w.shell().swapIn(fresh, w.inner(), old);
    } catch (Problem p) {
      w.shell().delete(fresh, true);
      throw p;
    }
    return new InstallResult(before, staged.contentHash());
  }

  @Override
  public boolean uninstall(Path target, Ownership rules) {
    try {
      return uninstallFrom(where(target), target, rules);
    } finally {
      remember(null, Optional.empty());
    }
  }

  private boolean uninstallFrom(Where w, Path target, Ownership rules) {
    if (w.host().isPresent()) {
      return local.uninstall(w.host().get(), rules);
    }
    TargetState state = inspect(target, rules);
    switch (state) {
      case TargetState.Absent a -> {
        return false;
      }
      case TargetState.ManagedCopy c -> {
        Path inner = Path.of(w.inner());
        // named for the skill like every swap entry, so a leftover is found as STALE_TEMP
        String old =
            inner
                .resolveSibling(AtomicFiles.tempName(inner.getFileName().toString(), "del"))
                .toString();
        w.shell().moveAsideAndDelete(w.inner(), old);
        return true;
      }
      case TargetState.Symlink s -> throw new TargetConflict(target, s);
      case TargetState.Foreign f -> throw new TargetConflict(target, f);
    }
  }

  /**
   * Through a bind mount, the links as the host sees them. Inside a container, none: the tool's
   * copies hold no links (copy mode follows them), and judging a link of the container's on a host
   * copy would resolve absolute links against the wrong filesystem.
   */
  @Override
  public List<SkillLinks.Dangling> danglingLinks(Path target) {
    try {
      Where w = where(target);
      return w.host().isPresent() ? local.danglingLinks(w.host().get()) : List.of();
    } catch (Problem p) {
      return List.of();
    }
  }

  @Override
  public List<Path> staleTemps(Path skillRoot) {
    try {
      Where w = where(skillRoot);
      if (w.host().isPresent()) {
        return local.staleTemps(w.host().get());
      }
      return w.shell().temps(w.inner()).stream().map(skillRoot::resolve).toList();
    } catch (Problem p) {
      // Housekeeping only: the install that needs this container reports the problem.
      return List.of();
    }
  }

  @Override
  public void removeStaleTemp(Path temp) {
    if (!temp.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX)) {
      throw new IllegalArgumentException("not a temp entry: " + temp);
    }
    Where w = where(temp);
    remember(null, Optional.empty());
    w.shell().delete(w.inner(), false);
  }

  @Override
  public InstallMode effectiveMode(Path target, Path source, InstallMode requested) {
    try {
      return mode(where(target), source, requested);
    } catch (Problem p) {
      return requested;
    }
  }

  /**
   * Runs a verify check on what is at the target: through the host side of a bind mount, else on a
   * copy taken out of the container (the one the preceding {@link #inspect} took, when it was of
   * this target and nothing changed since).
   */
  @Override
  public Optional<String> check(VerifyCheck check, Path target, Path source, Path boundary) {
    Where w;
    try {
      w = where(target);
    } catch (Problem p) {
      return Optional.of(p.getMessage());
    }
    if (w.host().isPresent()) {
      return local.check(check, w.host().get(), source, boundary);
    }
    Optional<Path> copy;
    synchronized (this) {
      copy = target.equals(lastInspected) ? lastCopy : copyOut(w);
      remember(target, copy);
    }
    return local.check(
        check, copy.orElseGet(() -> scratch.fresh().resolve("absent")), source, boundary);
  }

  private synchronized void remember(Path target, Optional<Path> copy) {
    lastInspected = target;
    lastCopy = copy;
  }

  private static InstallMode mode(Where w, Path source, InstallMode requested) {
    boolean linkResolvesInside = w.host().isPresent() && w.info().seesAtSamePath(source);
    return requested == InstallMode.SYMLINK && linkResolvesInside
        ? InstallMode.SYMLINK
        : InstallMode.COPY;
  }

  /** The target copied to a host scratch directory (links kept as links); empty when absent. */
  private Optional<Path> copyOut(Where w) {
    return w.shell().copyOut(w.inner(), scratch.fresh().resolve("t"));
  }

  private static Problem io(Where w, String what, IOException e) {
    return Problem.runtime(
        ErrorCode.TARGET_IO,
        what + " in container " + w.container() + ": " + e,
        "check the container",
        e);
  }
}
