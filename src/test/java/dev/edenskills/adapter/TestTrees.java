package dev.edenskills.adapter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/** Builds small skill trees on disk for tests. */
public final class TestTrees {
  private TestTrees() {}

  /** A skill directory {@code dir} with SKILL.md and one more file; returns {@code dir}. */
  public static Path skill(Path dir, String name) {
    write(dir.resolve("SKILL.md"), "---\nname: " + name + "\ndescription: test\n---\nbody\n");
    write(dir.resolve("scripts/run.sh"), "echo " + name + "\n");
    return dir;
  }

  public static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void chmod(Path p, String perms) {
    try {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes a tree read-only like a snapshot: files r--r--r-- (or r-x), directories r-xr-xr-x. */
  public static void readOnly(Path root) {
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
              if (!a.isSymbolicLink()) {
                boolean x = Files.isExecutable(f) && TreeEntries.executable(f);
                chmod(f, x ? "r-xr-xr-x" : "r--r--r--");
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) {
              chmod(d, "r-xr-xr-x");
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
