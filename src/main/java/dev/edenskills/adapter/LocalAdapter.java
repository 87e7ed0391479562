package dev.edenskills.adapter;

import dev.edenskills.common.AtomicFiles;
import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import dev.edenskills.common.SafeDelete;
import dev.edenskills.common.SkillId;
import dev.edenskills.config.VerifyCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@link TargetAdapter} for {@code TargetEnvironment.LOCAL}: the local filesystem: symlinks and
 * copies swapped in by rename (see {@link Swap} for the exact guarantees). Writes nothing outside
 * the target's parent directory.
 *
 * <p>Problem codes: {@code INVALID_TARGET_PATH} (target not {@code <root>/<id>}), {@code
 * SKILL_ROOT_MISSING} (root absent and creation disabled, or not a directory), {@code
 * SOURCE_MISSING}, {@code UNSAFE_SOURCE_CONTENT} (copy of a link leaving the source), {@code
 * TARGET_CONFLICT} ({@link TargetConflict}), {@code TARGET_IO} (any other I/O failure).
 */
public final class LocalAdapter implements TargetAdapter {
  /** Made by {@link TargetAdapters} (and the adapter's own tests), nowhere else. */
  LocalAdapter() {}

  @Override
  public TargetState inspect(Path target, Ownership rules) {
    try {
      return Inspector.inspect(target.toAbsolutePath().normalize(), rules);
    } catch (IOException e) {
      throw io("cannot inspect " + target, e);
    }
  }

  @Override
  public InstallResult install(InstallRequest req, boolean force) {
    Path target = checkShape(req.target(), Optional.of(req.skillId()));
    Path source = req.source();
    if (!Files.isDirectory(source)) {
      throw Problem.runtime(
          ErrorCode.SOURCE_MISSING,
          "skill source " + source + " is not a directory",
          "run `eden-skills apply` to sync sources, or fix the local path");
    }
    Path root = target.getParent();
    ensureRoot(root, req.createDirs());
    TargetState before = inspect(target, req.ownership());
    if (!(before instanceof TargetState.Absent) && !before.owned() && !force) {
      throw new TargetConflict(target, before);
    }
    Path fresh = null;
    try {
      Optional<String> hash = Optional.empty();
      switch (req.mode()) {
        case SYMLINK -> fresh = Swap.tempLink(root, req.skillId(), source);
        case COPY -> {
          fresh = Files.createDirectory(Swap.tempName(root, req.skillId(), "new"));
          TreeCopy.copy(source, fresh, req.boundary());
          hash = Optional.of(TreeHash.of(fresh));
          new ManagedMarker(req.skillId(), hash).writeTo(fresh);
        }
      }
      Swap.into(fresh, target, req.skillId());
      fresh = null;
      return new InstallResult(before, hash);
    } catch (IOException e) {
      throw io("cannot install " + req.skillId() + " at " + target, e);
    } finally {
      if (fresh != null) {
        deleteQuietly(fresh);
      }
    }
  }

  @Override
  public boolean uninstall(Path target, Ownership rules) {
    Path t = checkShape(target, Optional.empty());
    TargetState state = inspect(t, rules);
    try {
      switch (state) {
        case TargetState.Absent a -> {
          return false;
        }
        case TargetState.Symlink s when s.owned() -> Files.delete(t);
        case TargetState.ManagedCopy c -> Swap.remove(t, t.getFileName().toString());
        case TargetState.Symlink s -> throw new TargetConflict(t, s);
        case TargetState.Foreign f -> throw new TargetConflict(t, f);
      }
      return true;
    } catch (IOException e) {
      throw io("cannot remove " + t, e);
    }
  }

  @Override
  public Optional<String> check(VerifyCheck check, Path target, Path source, Path boundary) {
    return LocalChecks.run(check, target, source, boundary);
  }

  @Override
  public List<SkillLinks.Dangling> danglingLinks(Path target) {
    return SkillLinks.dangling(target);
  }

  @Override
  public List<Path> staleTemps(Path skillRoot) {
    if (!Files.isDirectory(skillRoot)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(skillRoot)) {
      return s.filter(p -> p.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw io("cannot list " + skillRoot, e);
    }
  }

  @Override
  public void removeStaleTemp(Path temp) {
    if (!temp.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX)) {
      throw new IllegalArgumentException("not a temp entry: " + temp);
    }
    try {
      SafeDelete.tree(temp);
    } catch (IOException e) {
      throw io("cannot delete " + temp, e);
    }
  }

  /**
   * The normalized target after checking it is {@code <root>/<id>}: absolute or relative, but with
   * no {@code .}/{@code ..} segments and a last segment that is a valid id (equal to the expected
   * one when given).
   */
  static Path checkShape(Path target, Optional<String> expectedId) {
    Path abs = target.toAbsolutePath();
    Path name = target.getFileName();
    boolean ok =
        name != null
            && abs.normalize().equals(abs)
            && abs.getParent() != null
            // the config rule, checked again so no path can escape
            && SkillId.isValid(name.toString())
            && expectedId.map(id -> id.equals(name.toString())).orElse(true);
    if (!ok) {
      throw Problem.runtime(
          ErrorCode.UNSAFE_TARGET_PATH,
          "refusing target " + target + ": not <skill root>/<skill id>",
          "the last path segment must be the skill id; no '.', '..' or separators");
    }
    return abs;
  }

  private static void ensureRoot(Path root, boolean createDirs) {
    if (Files.isDirectory(root)) {
      return;
    }
    if (Files.exists(root, LinkOption.NOFOLLOW_LINKS) || !createDirs) {
      throw Problem.runtime(
          ErrorCode.SKILL_ROOT_MISSING,
          "skill root " + root + (createDirs ? " is not a directory" : " does not exist"),
          createDirs ? "remove or rename it" : "create it, or run without --no-create-dirs");
    }
    try {
      Files.createDirectories(root);
    } catch (IOException e) {
      throw io("cannot create skill root " + root, e);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      SafeDelete.tree(p);
    } catch (IOException ignored) {
      // a leftover temp is reported by doctor as STALE_TEMP
    }
  }

  private static Problem io(String what, IOException e) {
    return Problem.runtime(
        ErrorCode.TARGET_IO, what + ": " + e, "check permissions and free space", e);
  }

  /** Reads the target without following it. */
  static final class Inspector {
    private Inspector() {}

    static TargetState inspect(Path target, Ownership rules) throws IOException {
      BasicFileAttributes a;
      try {
        a = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (java.nio.file.NoSuchFileException e) {
        return new TargetState.Absent();
      }
      if (a.isSymbolicLink()) {
        Path pointsTo = target.getParent().resolve(Files.readSymbolicLink(target)).normalize();
        boolean resolves = Files.isDirectory(target);
        return new TargetState.Symlink(pointsTo, rules.ownsLinkTo(pointsTo), resolves);
      }
      if (a.isDirectory()) {
        Optional<ManagedMarker> marker = ManagedMarker.read(target);
        if (marker.isPresent()) {
          return new TargetState.ManagedCopy(
              marker.get().skillId(), marker.get().contentHash(), TreeHash.of(target));
        }
        return new TargetState.Foreign(TargetState.Kind.DIRECTORY);
      }
      return new TargetState.Foreign(
          a.isRegularFile() ? TargetState.Kind.FILE : TargetState.Kind.OTHER);
    }
  }
}
