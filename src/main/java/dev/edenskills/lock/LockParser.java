package dev.edenskills.lock;

import dev.edenskills.common.SkillId;
import dev.edenskills.config.InstallMode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/** Turns lock text into a {@link LockRead}; all-or-nothing, so a half-valid lock is not trusted. */
final class LockParser {
  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}|");

  /** Why the lock cannot be used; internal control flow only. */
  private static final class Bad extends Exception {
    private static final long serialVersionUID = 1L;

    Bad(String reason) {
      super(reason, null, false, false);
    }
  }

  private LockParser() {}

  static LockRead parse(String text) {
    try {
      return new LockRead.Found(lock(text));
    } catch (Bad e) {
      return new LockRead.Unusable(e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // A parser bug on hostile input must not crash apply; the lock is only a cache.
      return new LockRead.Unusable("cannot parse lock file: " + e.getClass().getSimpleName());
    }
  }

  private static LockFile lock(String text) throws Bad {
    TomlParseResult toml = Toml.parse(text);
    if (toml.hasErrors()) {
      var first = toml.errors().getFirst();
      throw new Bad("lock file is not valid TOML: " + first.toString());
    }
    Object version = toml.get(List.of("version"));
    if (!(version instanceof Long v)) {
      throw new Bad(
          version == null ? "lock file has no version" : "lock version is not an integer");
    }
    if (v > LockStore.VERSION) {
      throw new Bad("lock file version " + v + " is newer than this eden-skills understands");
    }
    if (v != LockStore.VERSION) {
      throw new Bad("unsupported lock file version " + v);
    }
    Object skills = toml.get(List.of("skills"));
    if (skills == null) {
      return LockFile.EMPTY;
    }
    List<LockEntry> entries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (TomlTable table : tables(skills, "skills")) {
      String where = "skills[" + entries.size() + "]";
      LockEntry entry = entry(table, where);
      if (!ids.add(entry.id())) {
        throw new Bad(where + ".id: duplicate id " + entry.id());
      }
      entries.add(entry);
    }
    return new LockFile(entries);
  }

  private static LockEntry entry(TomlTable t, String where) throws Bad {
    String id = string(t, "id", where);
    if (id.isEmpty()) {
      throw new Bad(where + ".id is empty");
    }
    // The tool writes only valid ids; anything else (control characters included) would reach
    // the terminal raw in orphan-removal messages.
    if (!SkillId.isValid(id)) {
      throw new Bad(where + ".id is not a skill id");
    }
    String commit = string(t, "commit", where);
    if (!COMMIT.matcher(commit).matches()) {
      throw new Bad(where + ".commit is not a 40-digit lowercase hex id");
    }
    String mode = string(t, "mode", where);
    if (InstallMode.parse(mode).isEmpty()) {
      throw new Bad(where + ".mode is not symlink or copy");
    }
    List<LockTarget> targets = new ArrayList<>();
    Object raw = t.get(List.of("targets"));
    if (raw != null) {
      for (TomlTable target : tables(raw, where + ".targets")) {
        String at = where + ".targets[" + targets.size() + "]";
        String path = string(target, "path", at);
        checkTargetPath(path, at);
        targets.add(new LockTarget(string(target, "agent", at), path));
      }
    }
    String repo = string(t, "repo", where);
    if (repo.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new Bad(where + ".repo contains a control character");
    }
    return new LockEntry(
        id,
        repo,
        string(t, "ref", where),
        optionalString(t, "branch", where),
        string(t, "subpath", where),
        commit,
        mode,
        string(t, "content_hash", where),
        string(t, "installed_at", where),
        targets,
        registryPin(t, where));
  }

  /** {@code registry}, {@code name} and {@code version}: all three, or none (CONTRACT §11). */
  private static Optional<RegistryPin> registryPin(TomlTable t, String where) throws Bad {
    if (t.get(List.of("registry")) == null
        && t.get(List.of("name")) == null
        && t.get(List.of("version")) == null) {
      return Optional.empty();
    }
    return Optional.of(
        new RegistryPin(
            string(t, "registry", where), string(t, "name", where), string(t, "version", where)));
  }

  /**
   * A target path the OS cannot even name (NUL, control characters) was not written by the tool;
   * kept, it would fail orphan removal on every run instead of reconciling once.
   */
  private static void checkTargetPath(String path, String at) throws Bad {
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) < 0x20 || path.charAt(i) == 0x7f) {
        throw new Bad(at + ".path contains a control character");
      }
    }
    try {
      Path.of(path);
    } catch (InvalidPathException e) {
      throw new Bad(at + ".path is not a valid path");
    }
  }

  private static List<TomlTable> tables(Object value, String where) throws Bad {
    if (!(value instanceof TomlArray array)) {
      throw new Bad(where + " is not an array of tables");
    }
    List<TomlTable> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      if (!(array.get(i) instanceof TomlTable table)) {
        throw new Bad(where + "[" + i + "] is not a table");
      }
      out.add(table);
    }
    return out;
  }

  /** {@code branch} is written only for default-branch sources; absent means "". */
  private static String optionalString(TomlTable t, String key, String where) throws Bad {
    String value = t.get(List.of(key)) == null ? "" : string(t, key, where);
    if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new Bad(where + "." + key + " contains a control character");
    }
    return value;
  }

  private static String string(TomlTable t, String key, String where) throws Bad {
    Object value = t.get(List.of(key));
    if (value == null) {
      throw new Bad(where + "." + key + " is missing");
    }
    if (!(value instanceof String s)) {
      throw new Bad(where + "." + key + " is not a string");
    }
    return s;
  }
}
