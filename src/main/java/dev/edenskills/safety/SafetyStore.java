package dev.edenskills.safety;

import static dev.edenskills.common.TomlStrings.quote;

import dev.edenskills.common.AtomicFiles;
import dev.edenskills.common.OwnToml;
import dev.edenskills.common.TomlStrings;
import dev.edenskills.common.TomljTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/** Reads and writes safety metadata files: atomic deterministic TOML, tolerant reads. */
public final class SafetyStore {
  private static final long MAX_BYTES = 1024 * 1024;

  private SafetyStore() {}

  public static void write(Path file, SafetyMetadata m) throws IOException {
    AtomicFiles.writeString(file, render(m));
  }

  /** The exact text {@link #write} writes. */
  public static String render(SafetyMetadata m) {
    return "version = "
        + SafetyMetadata.VERSION
        + "\nskill_id = "
        + quote(m.skillId())
        + "\nrepo = "
        + quote(m.repo())
        + "\ncommit = "
        + quote(m.commit())
        + "\nsource_path = "
        + quote(m.sourcePath())
        + "\nretrieved_at = "
        + quote(m.retrievedAt())
        + "\nlicense_status = "
        + quote(m.licenseStatus().id())
        + "\nlicense_hint = "
        + quote(m.licenseHint())
        + "\nrisk_labels = "
        + TomlStrings.array(m.riskLabels())
        + "\nno_exec_metadata_only = "
        + m.noExecMetadataOnly()
        + "\n";
  }

  /**
   * Whether {@code file} is a safety file this version wrote for {@code commit}. Answered from the
   * text {@link #render} writes (its first line and its {@code commit} line), without a TOML parse:
   * a no-change apply asks it once per skill, and tomlj's parser was a quarter of that run's CPU.
   */
  public static boolean isFor(Path file, String commit) {
    if (commit.isEmpty()) {
      return false;
    }
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
        return false;
      }
      String text = Files.readString(file);
      return text.startsWith("version = " + SafetyMetadata.VERSION + "\n")
          && text.contains("\ncommit = " + quote(commit) + "\n");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Empty when the file is missing, unreadable, not ours, or from a newer version. */
  public static Optional<SafetyMetadata> read(Path file) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
        return Optional.empty();
      }
      return parse(Files.readString(file));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The metadata in {@code text}: read by {@link OwnToml} (the subset {@link #render} writes), and
   * only when that fails (edited by hand) by tomlj; both trees are judged alike.
   */
  static Optional<SafetyMetadata> parse(String text) {
    try {
      Map<String, Object> t = tree(text);
      if (t == null
          || !(t.get("version") instanceof Long v)
          || v != SafetyMetadata.VERSION
          || !(t.get("risk_labels") instanceof List<?> labels)
          || !(t.get("no_exec_metadata_only") instanceof Boolean noExec)) {
        return Optional.empty();
      }
      TreeSet<String> risk = new TreeSet<>();
      for (int i = 0; i < labels.size(); i++) {
        if (!(labels.get(i) instanceof String label)) {
          return Optional.empty();
        }
        risk.add(label);
      }
      Optional<LicenseStatus> status = string(t, "license_status").flatMap(LicenseStatus::parse);
      List<Optional<String>> fields =
          List.of(
              string(t, "skill_id"),
              string(t, "repo"),
              string(t, "commit"),
              string(t, "source_path"),
              string(t, "retrieved_at"),
              string(t, "license_hint"));
      if (status.isEmpty() || fields.stream().anyMatch(Optional::isEmpty)) {
        return Optional.empty();
      }
      return Optional.of(
          new SafetyMetadata(
              SafetyMetadata.VERSION,
              fields.get(0).get(),
              fields.get(1).get(),
              fields.get(2).get(),
              fields.get(3).get(),
              fields.get(4).get(),
              status.get(),
              fields.get(5).get(),
              risk,
              noExec));
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }

  /** The file's tree, or null when it is not TOML at all. */
  private static Map<String, Object> tree(String text) {
    try {
      return OwnToml.read(text);
    } catch (OwnToml.Outside e) {
      TomlParseResult toml = Toml.parse(text);
      return toml.hasErrors() ? null : TomljTree.of(toml);
    }
  }

  private static Optional<String> string(Map<String, Object> t, String key) {
    return t.get(key) instanceof String s ? Optional.of(s) : Optional.empty();
  }
}
