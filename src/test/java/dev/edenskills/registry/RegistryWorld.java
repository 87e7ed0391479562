package dev.edenskills.registry;

import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.GitHttpServer;
import dev.edenskills.testing.TestRepos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sandbox for registry scenarios: skill repositories on one git server, registry repositories on
 * another (so the registries can go offline alone), and a skills.toml with {@code [registries]}.
 *
 * <p>The skill repository {@code acme/pdf} gets tagged versions 1.0.0, 1.1.0, 1.2.0 (yanked in the
 * registries) and 2.0.0-rc.1; each version's SKILL.md says which version it is.
 */
final class RegistryWorld implements AutoCloseable {
  final Path home;
  final GitHttpServer skills;
  final GitHttpServer registries;
  final CliHarness cli;
  private final Path skillRoot;
  private final Path registryRoot;
  private final Map<String, String> registryLines = new LinkedHashMap<>();
  private final List<String> extra = new ArrayList<>();
  private String reactor = "";
  final Map<String, String> pdfCommits = new LinkedHashMap<>();

  RegistryWorld(Path tmp) throws IOException {
    home = Files.createDirectories(tmp.resolve("home"));
    skillRoot = Files.createDirectories(tmp.resolve("skill-repos"));
    registryRoot = Files.createDirectories(tmp.resolve("registry-repos"));
    skills = GitHttpServer.start(skillRoot);
    registries = GitHttpServer.start(registryRoot);
    cli = new CliHarness(home);
  }

  /** acme/pdf with four tagged versions; returns this for chaining. */
  RegistryWorld pdfRepo() {
    TestRepos.Repo repo = TestRepos.create(skillRoot, "acme/pdf");
    for (String v : List.of("1.0.0", "1.1.0", "1.2.0", "2.0.0-rc.1")) {
      repo.skill("skills/pdf", "pdf", "PDF tools v" + v);
      String commit = repo.commit("pdf " + v);
      repo.tag("v" + v, commit);
      pdfCommits.put(v, commit);
    }
    return this;
  }

  /** A one-skill repository {@code acme/<name>} at version 0.1.0 (tag v0.1.0); its commit. */
  String simpleRepo(String name, String description) {
    TestRepos.Repo repo = TestRepos.create(skillRoot, "acme/" + name);
    repo.skill(".", name, description);
    String commit = repo.commit(name + " 0.1.0");
    repo.tag("v0.1.0", commit);
    return commit;
  }

  TestRepos.Repo skillRepo(String name) {
    return TestRepos.create(skillRoot, name);
  }

  String skillUrl(String name) {
    return skills.url(name);
  }

  /** The registry repository {@code registries/<name>} with a manifest (format 1). */
  TestRepos.Repo registry(String name) {
    TestRepos.Repo repo = TestRepos.create(registryRoot, "registries/" + name);
    repo.file("manifest.toml", "format_version = 1\nname = \"" + name + "\"\n");
    return repo;
  }

  /** The index text of {@code pdf} in a registry, with 1.2.0 yanked. */
  String pdfEntry(String description, String repoName) {
    StringBuilder b =
        new StringBuilder(
            """
            [skill]
            name = "pdf"
            description = "%s"
            repo = "%s"
            subpath = "skills/pdf"
            license = "MIT"
            """
                .formatted(description, skillUrl(repoName)));
    for (Map.Entry<String, String> v : pdfCommits.entrySet()) {
      b.append(version(v.getKey(), "v" + v.getKey(), v.getValue(), v.getKey().equals("1.2.0")));
    }
    return b.toString();
  }

  static String entry(String name, String description, String repoUrl) {
    return """
    [skill]
    name = "%s"
    description = "%s"
    repo = "%s"
    """
        .formatted(name, description, repoUrl);
  }

  static String version(String version, String ref, String commit, boolean yanked) {
    return """

    [[versions]]
    version = "%s"
    ref = "%s"
    commit = "%s"
    yanked = %s
    """
        .formatted(version, ref, commit, yanked);
  }

  /** Declares {@code [registries] <name> = { url, priority }}, served by the registry server. */
  RegistryWorld use(String name, long priority) {
    registryLines.put(
        name,
        "%s = { url = \"%s\", priority = %d }"
            .formatted(name, registries.url("registries/" + name), priority));
    return this;
  }

  RegistryWorld useUrl(String name, String url, long priority) {
    registryLines.put(name, "%s = { url = \"%s\", priority = %d }".formatted(name, url, priority));
    return this;
  }

  RegistryWorld reactor(String toml) {
    reactor = toml;
    return this;
  }

  /** Raw TOML appended to the config (e.g. a [[skills]] entry). */
  RegistryWorld raw(String toml) {
    extra.add(toml);
    return this;
  }

  Path config() {
    return home.resolve("skills.toml");
  }

  /** Writes skills.toml from the declarations (only when it does not exist, or when forced). */
  void writeConfig() throws IOException {
    StringBuilder b = new StringBuilder("version = 1\n[storage]\nroot = \"~/store\"\n");
    b.append(reactor).append('\n');
    b.append("[registries]\n");
    registryLines.values().forEach(l -> b.append(l).append('\n'));
    extra.forEach(e -> b.append('\n').append(e).append('\n'));
    Files.writeString(config(), b.toString());
  }

  /** Runs the CLI against the config as it is on disk. */
  CliHarness.Result run(String... args) {
    List<String> all = new ArrayList<>(List.of("--config", config().toString()));
    all.addAll(List.of(args));
    return cli.run(all.toArray(String[]::new));
  }

  Path store() {
    return home.resolve("store");
  }

  Path claude(String id) {
    return home.resolve(".claude/skills").resolve(id);
  }

  String lock() throws IOException {
    return Files.readString(home.resolve("skills.lock"));
  }

  @Override
  public void close() {
    skills.close();
    registries.close();
  }
}
