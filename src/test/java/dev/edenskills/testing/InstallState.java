package dev.edenskills.testing;

import dev.edenskills.adapter.Ownership;
import dev.edenskills.adapter.TargetAdapter;
import dev.edenskills.adapter.TargetAdapters;
import dev.edenskills.adapter.TargetState;
import dev.edenskills.common.AtomicFiles;
import dev.edenskills.common.Env;
import dev.edenskills.lock.LockEntry;
import dev.edenskills.lock.LockRead;
import dev.edenskills.lock.LockStore;
import dev.edenskills.lock.LockTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks that a sandbox is in a consistent state after any run, finished or not: no half-written
 * snapshot, no temp entry left in the store or beside a target, every managed copy whole, and every
 * target the lock names installed and resolving. Returns problems as lines (empty = fine).
 */
public final class InstallState {
  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");

  private InstallState() {}

  /**
   * Problems found under {@code home} with the store at {@code store} and the lock at {@code lock}.
   */
  public static List<String> problems(Path home, Path store, Path lock) {
    return problems(home, store, lock, id -> true);
  }

  /** Like {@link #problems} but checks only the lock entries of ids {@code checked} accepts. */
  public static List<String> problems(
      Path home, Path store, Path lock, java.util.function.Predicate<String> checked) {
    List<String> problems = new ArrayList<>();
    tempEntries(home, problems);
    snapshots(store, problems);
    targetsUnder(home, store, problems);
    lockTargets(lock, store, problems, checked);
    return problems;
  }

  /** Like {@link #problems} but ignoring stale temps (a killed process may leave them). */
  public static List<String> problemsIgnoringTemps(Path home, Path store, Path lock) {
    List<String> problems = new ArrayList<>();
    snapshots(store, problems);
    targetsUnder(home, store, problems);
    lockTargets(lock, store, problems, id -> true);
    return problems;
  }

  /** Entries named like the tool's temps anywhere under {@code home}, and anything in store/tmp. */
  public static List<Path> temps(Path home, Path store) {
    List<Path> found = new ArrayList<>();
    walk(
        home,
        p -> {
          if (p.getFileName() != null
              && p.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX)) {
            found.add(p);
          }
        });
    Path tmp = store.resolve("tmp");
    if (Files.isDirectory(tmp)) {
      try (Stream<Path> s = Files.list(tmp)) {
        s.forEach(found::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return found;
  }

  private static void tempEntries(Path home, List<String> problems) {
    Path store = home.resolve("store");
    for (Path p : temps(home, store)) {
      problems.add("temp entry left: " + p);
    }
  }

  /** Every {@code snapshots/<key>/<commit>} directory is complete: its record sits beside it. */
  private static void snapshots(Path store, List<String> problems) {
    Path snaps = store.resolve("snapshots");
    if (!Files.isDirectory(snaps)) {
      return;
    }
    try (Stream<Path> keys = Files.list(snaps)) {
      for (Path key : keys.toList()) {
        try (Stream<Path> commits = Files.list(key)) {
          for (Path c : commits.toList()) {
            String name = c.getFileName().toString();
            if (COMMIT.matcher(name).matches()) {
              if (!Files.isRegularFile(c.resolveSibling(name + ".rejected"))) {
                problems.add("snapshot without its record: " + c);
              }
            } else if (!name.endsWith(".rejected")) {
              problems.add("unexpected entry among snapshots: " + c);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every entry in an agent skill root under home is whole: a resolving link or an intact copy. */
  private static void targetsUnder(Path home, Path store, List<String> problems) {
    List<Path> roots = new ArrayList<>();
    walk(
        home,
        p -> {
          if (p.getFileName() != null
              && p.getFileName().toString().equals("skills")
              && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
              && !p.startsWith(store)) {
            roots.add(p);
          }
        });
    TargetAdapter adapter = new TargetAdapters(Env.system()).local();
    for (Path root : roots) {
      try (Stream<Path> s = Files.list(root)) {
        for (Path target : s.toList()) {
          if (target.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX)) {
            continue;
          }
          TargetState state = adapter.inspect(target, Ownership.store(store));
          switch (state) {
            case TargetState.Symlink l when l.owned() && !l.resolves() ->
                problems.add("broken managed symlink: " + target);
            case TargetState.ManagedCopy c when c.edited() ->
                problems.add("half-written or altered copy: " + target);
            default -> {}
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void lockTargets(
      Path lock, Path store, List<String> problems, java.util.function.Predicate<String> checked) {
    LockRead read = LockStore.read(lock);
    if (!(read instanceof LockRead.Found ok)) {
      return;
    }
    TargetAdapter adapter = new TargetAdapters(Env.system()).local();
    for (LockEntry e : ok.lock().skills()) {
      if (!checked.test(e.id())) {
        continue;
      }
      for (LockTarget t : e.targets()) {
        TargetState state = adapter.inspect(Path.of(t.path()), Ownership.store(store));
        boolean fine =
            switch (state) {
              // a local source is linked live, outside the store
              case TargetState.Symlink l -> l.resolves() && (l.owned() || e.commit().isEmpty());
              case TargetState.ManagedCopy c -> !c.edited();
              default -> false;
            };
        if (!fine && !e.mode().isEmpty()) {
          problems.add("lock names " + t.path() + " for " + e.id() + " but it is " + state);
        }
      }
    }
  }

  private static void walk(Path root, java.util.function.Consumer<Path> each) {
    if (!Files.isDirectory(root)) {
      return;
    }
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              each.accept(dir);
              // Snapshots and bare repos are deep and hold no targets or target temps.
              Path name = dir.getFileName();
              return name != null
                      && (name.toString().equals("snapshots") || name.toString().equals("repos"))
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              each.accept(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
