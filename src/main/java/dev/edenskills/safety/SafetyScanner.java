package dev.edenskills.safety;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Classifies a skill's license and labels what deserves a human look (CONTRACT §8). Reads files,
 * never runs or follows anything, and never fails: problems degrade to UNKNOWN and fewer labels.
 */
public final class SafetyScanner {
  /** Entries visited per skill before the scan stops: a skill is a handful of files. */
  public static final int DEFAULT_MAX_ENTRIES = 5_000;

  /** Files larger than this get only the cheap head checks, not a full text search. */
  public static final long DEFAULT_MAX_TEXT_BYTES = 2L * 1024 * 1024;

  private static final int MAX_LICENSE_BYTES = 256 * 1024;
  private static final Pattern LICENSE_FILE =
      Pattern.compile("(?i)(un)?licen[cs]e([-._][\\w.-]*)?|copying([-._][\\w.-]*)?");

  private final RiskScanner risks;

  public SafetyScanner() {
    this(DEFAULT_MAX_ENTRIES, DEFAULT_MAX_TEXT_BYTES);
  }

  /** Test seam: smaller bounds. */
  SafetyScanner(int maxEntries, long maxTextBytes) {
    this.risks = new RiskScanner(maxEntries, maxTextBytes);
  }

  /** Scans {@code skillDir} with nothing else known about it. */
  public SafetyReport scan(Path skillDir) {
    return scan(ScanInput.of(skillDir));
  }

  public SafetyReport scan(ScanInput input) {
    SortedSet<String> labels = new TreeSet<>();
    if (input.symlinkOutsideRepo()) {
      labels.add(RiskLabels.SYMLINK_OUTSIDE_REPO);
    }
    Path dir;
    try {
      dir = input.skillDir().toRealPath();
    } catch (IOException | RuntimeException e) {
      return new SafetyReport(LicenseStatus.UNKNOWN, "skill directory unreadable", labels);
    }
    try {
      labels.addAll(risks.scan(dir));
    } catch (IOException | RuntimeException e) {
      // Degrade to what was found before the failure.
    }
    LicenseClassifier.Verdict license = license(dir, input);
    String hint = license.name().isEmpty() ? "no license found" : license.name();
    return new SafetyReport(license.status(), hint, labels);
  }

  /**
   * The license, nearest first (CONTRACT §8, issue 10): the license files of the skill's own
   * folder, then of each parent up to the repository root, then the front-matter {@code license}.
   * The first place that says something recognisable decides; within one folder, a non-permissive
   * file wins over a permissive one (the stricter reading is the safe one).
   */
  private static LicenseClassifier.Verdict license(Path dir, ScanInput input) {
    List<LicenseClassifier.Verdict> unknown = new ArrayList<>();
    for (Path folder : folders(dir, input)) {
      List<LicenseClassifier.Verdict> found =
          licenseFiles(folder, dir.equals(folder) ? dir : root(input, dir));
      Optional<LicenseClassifier.Verdict> decided = decide(found);
      if (decided.isPresent()) {
        return decided.get();
      }
      unknown.addAll(found);
    }
    Optional<LicenseClassifier.Verdict> declared =
        input.declaredLicense().map(LicenseClassifier::declared).map(v -> named(v, "front matter"));
    if (declared.isPresent() && declared.get().status() != LicenseStatus.UNKNOWN) {
      return declared.get();
    }
    declared.ifPresent(unknown::add);
    List<String> hints = unknown.stream().map(LicenseClassifier.Verdict::name).toList();
    return new LicenseClassifier.Verdict(LicenseStatus.UNKNOWN, String.join("; ", hints));
  }

  /** The skill's folder, then each parent up to the repository root when it contains the skill. */
  private static List<Path> folders(Path dir, ScanInput input) {
    List<Path> folders = new ArrayList<>(List.of(dir));
    Path root = root(input, dir);
    if (!dir.startsWith(root)) {
      return folders;
    }
    for (Path p = dir.getParent(); p != null && p.startsWith(root); p = p.getParent()) {
      folders.add(p);
    }
    return folders;
  }

  /** The real repository root, or the skill folder itself when there is none. */
  private static Path root(ScanInput input, Path dir) {
    try {
      return input.repoRoot().isPresent() ? input.repoRoot().get().toRealPath() : dir;
    } catch (IOException | RuntimeException e) {
      return dir;
    }
  }

  private static Optional<LicenseClassifier.Verdict> decide(List<LicenseClassifier.Verdict> found) {
    for (LicenseStatus wanted : List.of(LicenseStatus.NON_PERMISSIVE, LicenseStatus.PERMISSIVE)) {
      List<String> hints =
          found.stream()
              .filter(v -> v.status() == wanted)
              .map(LicenseClassifier.Verdict::name)
              .distinct()
              .toList();
      if (!hints.isEmpty()) {
        return Optional.of(new LicenseClassifier.Verdict(wanted, String.join("; ", hints)));
      }
    }
    return Optional.empty();
  }

  private static List<LicenseClassifier.Verdict> licenseFiles(Path dir, Path base) {
    List<LicenseClassifier.Verdict> out = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path p : entries) {
        if (LICENSE_FILE.matcher(p.getFileName().toString()).matches()
            && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          files.add(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      return out;
    }
    files.sort(null);
    for (Path file : files) {
      String where = base.relativize(file).toString();
      try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
        String text = new String(in.readNBytes(MAX_LICENSE_BYTES), StandardCharsets.UTF_8);
        out.add(named(LicenseClassifier.text(text), where));
      } catch (IOException | RuntimeException e) {
        // Unreadable license file: as if absent.
      }
    }
    return out;
  }

  private static LicenseClassifier.Verdict named(LicenseClassifier.Verdict v, String where) {
    String name =
        v.status() == LicenseStatus.UNKNOWN
            ? "unrecognized license in " + where
            : v.name() + " (" + where + ")";
    return new LicenseClassifier.Verdict(v.status(), name);
  }
}
