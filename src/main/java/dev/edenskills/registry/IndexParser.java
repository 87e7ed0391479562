package dev.edenskills.registry;

import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import dev.edenskills.config.VersionReq;
import dev.edenskills.source.RepoLocation;
import dev.edenskills.source.SubpathRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;
import org.tomlj.TomlVersion;

/**
 * Reads a registry's {@code manifest.toml} and its index files strictly: anything missing or of the
 * wrong type is a {@code REGISTRY_INDEX_INVALID} problem naming the file and line, so a broken
 * entry is never half-used.
 */
final class IndexParser {
  static final int FORMAT_VERSION = 1;
  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");

  private IndexParser() {}

  /** The registry's own name from {@code manifest.toml}, after checking its format version. */
  static String manifest(Path file, String registry) {
    TomlParseResult toml = parse(file, registry);
    Object format = toml.get("format_version");
    if (!(format instanceof Long f)) {
      throw invalid(file, line(toml, "format_version"), registry, "format_version is missing");
    }
    if (f != FORMAT_VERSION) {
      throw Problem.runtime(
          ErrorCode.REGISTRY_FORMAT_UNSUPPORTED,
          "registry '"
              + registry
              + "' uses index format_version "
              + f
              + " ("
              + file
              + "); this eden-skills reads format_version "
              + FORMAT_VERSION,
          "upgrade eden-skills, or point the registry at an index in format 1");
    }
    return string(toml, "name", file, registry, 1);
  }

  /** The entry in {@code file}, which must describe the skill {@code name}. */
  static IndexEntry entry(Path file, String name, String registry) {
    TomlParseResult toml = parse(file, registry);
    if (!(toml.get("skill") instanceof TomlTable skill)) {
      throw invalid(file, 1, registry, "the [skill] table is missing");
    }
    int at = line(toml, "skill");
    String declared = string(skill, "name", file, registry, at);
    if (!declared.equals(name)) {
      throw invalid(
          file,
          line(skill, "name", at),
          registry,
          "[skill] name is '" + declared + "', not " + name);
    }
    String description = optional(skill, "description", "", file, registry, at);
    String repo = string(skill, "repo", file, registry, at);
    RepoLocation.problem(repo)
        .ifPresent(p -> invalidThrow(file, line(skill, "repo", at), registry, "repo: " + p));
    String subpath = optional(skill, "subpath", ".", file, registry, at);
    SubpathRules.problem(subpath)
        .ifPresent(p -> invalidThrow(file, line(skill, "subpath", at), registry, "subpath: " + p));
    String license = optional(skill, "license", "", file, registry, at);
    List<IndexVersion> versions = new ArrayList<>();
    Object raw = toml.get("versions");
    if (raw != null && !(raw instanceof TomlArray)) {
      throw invalid(file, line(toml, "versions"), registry, "versions must be [[versions]] tables");
    }
    if (raw instanceof TomlArray array) {
      for (int i = 0; i < array.size(); i++) {
        int vLine = position(array.inputPositionOf(i), at);
        if (!(array.get(i) instanceof TomlTable v)) {
          throw invalid(file, vLine, registry, "versions[" + i + "] is not a table");
        }
        versions.add(version(v, file, registry, vLine));
      }
    }
    return new IndexEntry(
        name, description, repo, SubpathRules.normalize(subpath), license, versions, file);
  }

  private static IndexVersion version(TomlTable v, Path file, String registry, int at) {
    String version = string(v, "version", file, registry, at);
    if (!VersionReq.isVersion(version)) {
      throw invalid(
          file,
          line(v, "version", at),
          registry,
          "version '" + version + "' is not SemVer (e.g. 1.2.3 or 1.3.0-rc.1)");
    }
    String ref = string(v, "ref", file, registry, at);
    String commit = string(v, "commit", file, registry, at);
    if (!COMMIT.matcher(commit).matches()) {
      throw invalid(
          file,
          line(v, "commit", at),
          registry,
          "commit of " + version + " must be 40 lowercase hex digits, found '" + commit + "'");
    }
    Object yanked = v.get("yanked");
    if (yanked != null && !(yanked instanceof Boolean)) {
      throw invalid(file, line(v, "yanked", at), registry, "yanked must be true or false");
    }
    return new IndexVersion(version, ref, commit, Boolean.TRUE.equals(yanked), at);
  }

  private static TomlParseResult parse(Path file, String registry) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw Problem.runtime(
          ErrorCode.REGISTRY_INDEX_INVALID,
          "cannot read " + file + " of registry '" + registry + "': " + e.getMessage(),
          "run 'eden-skills update' to sync the registry again",
          e);
    }
    TomlParseResult toml = Toml.parse(text, TomlVersion.V1_0_0);
    if (toml.hasErrors()) {
      var e = toml.errors().getFirst();
      throw invalid(file, e.position().line(), registry, e.getMessage());
    }
    return toml;
  }

  private static String string(TomlTable t, String key, Path file, String registry, int at) {
    Object value = t.get(List.of(key));
    if (value == null) {
      throw invalid(file, at, registry, key + " is missing");
    }
    if (!(value instanceof String s)) {
      throw invalid(file, line(t, key, at), registry, key + " must be a string");
    }
    return s;
  }

  private static String optional(
      TomlTable t, String key, String fallback, Path file, String registry, int at) {
    return t.get(List.of(key)) == null ? fallback : string(t, key, file, registry, at);
  }

  private static int line(TomlTable t, String key) {
    return line(t, key, 1);
  }

  private static int line(TomlTable t, String key, int fallback) {
    return position(t.inputPositionOf(List.of(key)), fallback);
  }

  private static int position(TomlPosition p, int fallback) {
    return p == null ? fallback : p.line();
  }

  private static void invalidThrow(Path file, int line, String registry, String what) {
    throw invalid(file, line, registry, what);
  }

  static Problem invalid(Path file, int line, String registry, String what) {
    return Problem.runtime(
        ErrorCode.REGISTRY_INDEX_INVALID,
        "registry '" + registry + "': " + file + ":" + line + ": " + what,
        "fix the index entry in the registry's repository (or ask its maintainers to), then run"
            + " 'eden-skills update'");
  }
}
