package dev.edenskills.config;

import dev.edenskills.common.ErrorCode;
import dev.edenskills.source.RepoLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tomlj.TomlTable;

/**
 * {@code [registries]} and the named form of {@code [skills.source]} (CONTRACT §11): read, checked,
 * and cross-checked (a skill's {@code registry} must be one of the registries).
 */
final class RegistryReader {
  private RegistryReader() {}

  static List<RegistryConfig> registries(TomlFields root, Issues issues) {
    List<RegistryConfig> out = new ArrayList<>();
    Optional<TomlTable> table = root.table("registries");
    if (table.isEmpty()) {
      return out;
    }
    TomlFields all = new TomlFields(table.get(), "registries", issues);
    for (String name : table.get().keySet().stream().sorted().toList()) {
      String at = all.field(name);
      RegistryNames.registryProblem(name)
          .ifPresent(p -> issues.error(ErrorCode.INVALID_VALUE, at, p));
      Optional<TomlTable> entry = all.table(name);
      if (entry.isEmpty()) {
        continue;
      }
      TomlFields f = new TomlFields(entry.get(), at, issues);
      f.rejectUnknown(Set.of("url", "priority"));
      String url =
          f.requiredString("url", "a registry needs the url of its git repository").orElse("");
      if (!url.isEmpty()) {
        urlProblem(url).ifPresent(p -> issues.error(ErrorCode.INVALID_REPO, f.field("url"), p));
      }
      long priority = f.integer("priority").orElse(RegistryConfig.DEFAULT_PRIORITY);
      out.add(new RegistryConfig(name, url, priority));
    }
    // Written order is lost in a TOML table: ties in priority fall back to the name.
    return out;
  }

  /** A registry is cloned like any remote: a local path is not one. */
  static Optional<String> urlProblem(String url) {
    Optional<String> p = RepoLocation.problem(url);
    if (p.isPresent()) {
      return p;
    }
    if (url.startsWith(".") || url.startsWith("/") || url.startsWith("~")) {
      return Optional.of(
          "'"
              + url
              + "' is a local path; a registry is a git URL (file:///path works for a"
              + " repository on disk)");
    }
    return Optional.empty();
  }

  /** The named form of a source; {@code f} is the {@code [skills.source]} table. */
  static SourceSpec named(TomlFields f, Issues issues) {
    for (String key : List.of("repo", "ref", "subpath")) {
      if (f.has(key)) {
        issues.error(
            ErrorCode.INVALID_VALUE,
            f.field(key),
            "a source has either name (from a registry) or repo, ref and subpath; not both");
      }
    }
    String name = f.string("name").orElse("");
    String version = f.string("version").orElse(RegistrySource.ANY_VERSION);
    Optional<String> registry = f.string("registry");
    return SourceSpec.named(new RegistrySource(name, version, registry));
  }

  /** Problems of a named source, given the registries of the same file. */
  static List<ConfigIssue> check(
      String at, RegistrySource source, List<RegistryConfig> registries) {
    List<ConfigIssue> out = new ArrayList<>();
    RegistryNames.skillProblem(source.name())
        .ifPresent(p -> out.add(new ConfigIssue(ErrorCode.INVALID_VALUE, at + ".name", p)));
    VersionReq.problem(source.version())
        .ifPresent(p -> out.add(new ConfigIssue(ErrorCode.INVALID_VALUE, at + ".version", p)));
    if (source.registry().isPresent()
        && registries.stream().noneMatch(r -> r.name().equals(source.registry().get()))) {
      out.add(
          new ConfigIssue(
              ErrorCode.INVALID_VALUE,
              at + ".registry",
              "no registry named '" + source.registry().get() + "' in [registries]"));
    } else if (registries.isEmpty()) {
      out.add(
          new ConfigIssue(
              ErrorCode.MISSING_FIELD,
              "registries",
              "skill source '" + source.name() + "' is a registry name but [registries] is empty"));
    }
    return out;
  }
}
