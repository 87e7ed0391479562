package dev.edenskills.safety;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds risk labels in a directory without executing or following anything: symlinks are judged by
 * name only, content checks read a bounded prefix, and the walk stops after a fixed number of
 * entries. Unreadable entries are skipped.
 */
final class RiskScanner {
  static final int HEAD_BYTES = 8 * 1024;
  static final int MAX_DEPTH = 32;

  private static final Set<String> SHELL_EXT = Set.of("sh", "bash", "zsh", "ksh");
  private static final Set<String> PYTHON_EXT = Set.of("py", "pyw");
  private static final Pattern SHELL_SHEBANG =
      Pattern.compile("^#!\\s*\\S*?(/|env\\s+(-\\S+\\s+)*)(ba|z|k|da|a)?sh\\b");
  private static final Pattern PYTHON_SHEBANG =
      Pattern.compile("^#!\\s*\\S*?(/|env\\s+(-\\S+\\s+)*)python[0-9.]*\\b");

  /** Download piped or substituted into a shell (or interpreter); PowerShell's iwr | iex too. */
  private static final List<Pattern> PIPES =
      List.of(
          Pattern.compile(
              "\\b(curl|wget)\\b[^\\n]*?(?<!\\|)\\|(?!\\|)\\s*(sudo\\s+(-\\S+\\s+)*)?(\\S*/)?"
                  + "((ba|z|k|da|a)?sh|python[0-9.]*)\\b",
              Pattern.CASE_INSENSITIVE),
          Pattern.compile(
              "(^|[\\s;&|(])((ba|z|k|da)?sh|source|\\.)\\s+(-c\\s+)?[\"']?(<\\(|\\$\\()\\s*"
                  + "(curl|wget)\\b",
              Pattern.CASE_INSENSITIVE | Pattern.MULTILINE),
          Pattern.compile(
              "\\b(iwr|irm|invoke-webrequest|invoke-restmethod)\\b[^\\n]*?\\|\\s*"
                  + "(iex|invoke-expression)\\b",
              Pattern.CASE_INSENSITIVE),
          Pattern.compile(
              "\\b(iex|invoke-expression)\\s*\\(?\\s*(\\(\\s*)?(iwr|irm|invoke-webrequest|"
                  + "invoke-restmethod|new-object\\s+net\\.webclient)\\b",
              Pattern.CASE_INSENSITIVE));

  private final int maxEntries;
  private final long maxTextBytes;

  RiskScanner(int maxEntries, long maxTextBytes) {
    this.maxEntries = maxEntries;
    this.maxTextBytes = maxTextBytes;
  }

  SortedSet<String> scan(Path dir) throws IOException {
    SortedSet<String> labels = new TreeSet<>();
    Files.walkFileTree(
        dir,
        EnumSet.noneOf(FileVisitOption.class),
        MAX_DEPTH,
        new SimpleFileVisitor<>() {
          private int seen;

          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
            if (++seen > maxEntries) {
              return FileVisitResult.TERMINATE;
            }
            return !d.equals(dir) && d.getFileName().toString().equals(".git")
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (++seen > maxEntries) {
              return FileVisitResult.TERMINATE;
            }
            byName(file, labels);
            if (attrs.isRegularFile()) {
              try {
                byContent(file, attrs.size(), labels);
              } catch (IOException | RuntimeException e) {
                // Unreadable file: no labels from it; detection never fails the scan.
              }
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
    return labels;
  }

  private static void byName(Path file, Set<String> labels) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    if (SHELL_EXT.contains(ext)) {
      labels.add(RiskLabels.SHELL_SCRIPT);
    }
    if (PYTHON_EXT.contains(ext)) {
      labels.add(RiskLabels.PYTHON_SCRIPT);
    }
  }

  private void byContent(Path file, long size, Set<String> labels) throws IOException {
    if (executable(file)) {
      labels.add(RiskLabels.EXECUTABLE);
    }
    byte[] head;
    // NOFOLLOW_LINKS: the file may have been swapped for a symlink since the walk saw it.
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      head = in.readNBytes(HEAD_BYTES);
    }
    if (isBinary(head)) {
      labels.add(RiskLabels.BINARY);
      return;
    }
    String firstLine = new String(head, StandardCharsets.UTF_8).lines().findFirst().orElse("");
    if (SHELL_SHEBANG.matcher(firstLine).find()) {
      labels.add(RiskLabels.SHELL_SCRIPT);
    }
    if (PYTHON_SHEBANG.matcher(firstLine).find()) {
      labels.add(RiskLabels.PYTHON_SCRIPT);
    }
    if (size <= maxTextBytes && !labels.contains(RiskLabels.PIPES_DOWNLOAD_TO_SHELL)) {
      byte[] all;
      try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
        all = in.readNBytes((int) maxTextBytes);
      }
      String text = new String(all, StandardCharsets.UTF_8);
      if (PIPES.stream().anyMatch(p -> p.matcher(text).find())) {
        labels.add(RiskLabels.PIPES_DOWNLOAD_TO_SHELL);
      }
    }
  }

  private static boolean executable(Path file) {
    try {
      Set<PosixFilePermission> perms =
          Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
              .permissions();
      return perms.contains(PosixFilePermission.OWNER_EXECUTE)
          || perms.contains(PosixFilePermission.GROUP_EXECUTE)
          || perms.contains(PosixFilePermission.OTHERS_EXECUTE);
    } catch (IOException | UnsupportedOperationException e) {
      return false; // no POSIX permissions (Windows): nothing to report
    }
  }

  /** NUL bytes, or the magic of an ELF, Mach-O or PE executable. */
  static boolean isBinary(byte[] head) {
    for (byte b : head) {
      if (b == 0) {
        return true;
      }
    }
    if (head.length >= 4) {
      int magic =
          ((head[0] & 0xff) << 24)
              | ((head[1] & 0xff) << 16)
              | ((head[2] & 0xff) << 8)
              | (head[3] & 0xff);
      switch (magic) {
        case 0x7f454c46, 0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe -> {
          return true;
        }
        default -> {}
      }
    }
    // A PE (Windows) header always holds NUL bytes, so the loop above already caught it.
    return false;
  }
}
