package dev.edenskills.lock;

import dev.edenskills.common.OwnToml;
import dev.edenskills.common.SkillId;
import dev.edenskills.common.TomljTree;
import dev.edenskills.config.InstallMode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/**
 * Turns lock text into a {@link LockRead}; all-or-nothing, so a half-valid lock is not trusted. The
 * text is read by {@link OwnToml} (the subset {@link LockStore#render} writes); only text outside
 * it (edited by hand) goes through tomlj, whose result is validated the same way.
 */
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
    Map<String, Object> toml = tree(text);
    Object version = toml.get("version");
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
    Object skills = toml.get("skills");
    if (skills == null) {
      return LockFile.EMPTY;
    }
    List<LockEntry> entries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Map<?, ?> table : tables(skills, "skills")) {
      String where = "skills[" + entries.size() + "]";
      LockEntry entry = entry(table, where);
      if (!ids.add(entry.id())) {
        throw new Bad(where + ".id: duplicate id " + entry.id());
      }
      entries.add(entry);
    }
    return new LockFile(entries);
  }

  /** The lock's tree: the fast subset reader, else tomlj (hand-edited, or not TOML at all). */
  static Map<String, Object> tree(String text) throws Bad {
    try {
      return OwnToml.read(text);
    } catch (OwnToml.Outside e) {
      TomlParseResult toml = Toml.parse(text);
      if (toml.hasErrors()) {
        var first = toml.errors().getFirst();
        throw new Bad("lock file is not valid TOML: " + first.toString());
      }
      return TomljTree.of(toml);
    }
  }

  private static LockEntry entry(Map<?, ?> t, String where) throws Bad {
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
    Object raw = t.get("targets");
    if (raw != null) {
      for (Map<?, ?> target : tables(raw, where + ".targets")) {
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
  private static Optional<RegistryPin> registryPin(Map<?, ?> t, String where) throws Bad {
    if (t.get("registry") == null && t.get("name") == null && t.get("version") == null) {
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

  private static List<Map<?, ?>> tables(Object value, String where) throws Bad {
    if (!(value instanceof List<?> array)) {
      throw new Bad(where + " is not an array of tables");
    }
    List<Map<?, ?>> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      if (!(array.get(i) instanceof Map<?, ?> table)) {
        throw new Bad(where + "[" + i + "] is not a table");
      }
      out.add(table);
    }
    return out;
  }

  /** {@code branch} is written only for default-branch sources; absent means "". */
  private static String optionalString(Map<?, ?> t, String key, String where) throws Bad {
    String value = t.get(key) == null ? "" : string(t, key, where);
    if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new Bad(where + "." + key + " contains a control character");
    }
    return value;
  }

  private static String string(Map<?, ?> t, String key, String where) throws Bad {
    Object value = t.get(key);
    if (value == null) {
      throw new Bad(where + "." + key + " is missing");
    }
    if (!(value instanceof String s)) {
      throw new Bad(where + "." + key + " is not a string");
    }
    return s;
  }
}
