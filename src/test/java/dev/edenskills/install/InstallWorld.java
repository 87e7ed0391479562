package dev.edenskills.install;

import dev.edenskills.config.ConfigFile;
import dev.edenskills.config.ConfigStore;
import dev.edenskills.config.SkillSpec;
import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.GitHttpServer;
import dev.edenskills.testing.TestRepos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A sandbox for install scenarios: a temp HOME with no agent installed (so the default target is
 * Claude Code), git repositories served over smart HTTP on 127.0.0.1, and the default config
 * location {@code ~/.eden-skills/skills.toml}.
 */
final class InstallWorld implements AutoCloseable {
  final Path tmp;
  final Path home;
  final Path repos;
  final GitHttpServer server;
  final CliHarness cli;

  InstallWorld(Path tmp) throws IOException {
    this.tmp = tmp;
    home = Files.createDirectories(tmp.resolve("home"));
    repos = Files.createDirectories(tmp.resolve("repos"));
    server = GitHttpServer.start(repos);
    cli = new CliHarness(home);
  }

  TestRepos.Repo repo(String name) {
    return TestRepos.create(repos, name);
  }

  String url(String name) {
    return server.url(name);
  }

  CliHarness.Result install(String... args) {
    List<String> all = new ArrayList<>(List.of("install"));
    all.addAll(List.of(args));
    return cli.run(all.toArray(String[]::new));
  }

  Path config() {
    return home.resolve(".eden-skills/skills.toml");
  }

  Path lock() {
    return home.resolve(".eden-skills/skills.lock");
  }

  Path claudeRoot() {
    return home.resolve(".claude/skills");
  }

  Path claude(String id) {
    return claudeRoot().resolve(id);
  }

  /** The names under ~/.claude/skills (empty when the directory does not exist). */
  Set<String> installed() {
    if (!Files.isDirectory(claudeRoot())) {
      return Set.of();
    }
    try (Stream<Path> s = Files.list(claudeRoot())) {
      return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The config as the tool reads it. */
  List<SkillSpec> skills() {
    ConfigFile file = new ConfigStore(config(), cli.environment()).load(false, w -> {});
    return file.config().skills();
  }

  SkillSpec skill(String id) {
    return skills().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  /**
   * Every path under the sandbox except the store, the served repositories and JGit's config: what
   * an install may have written for the user to see.
   */
  Set<String> visibleTree() {
    Path store = home.resolve(".eden-skills/store");
    try (Stream<Path> s = Files.walk(tmp)) {
      return new TreeSet<>(
          s.filter(p -> !p.startsWith(store) && !p.startsWith(repos))
              .filter(p -> !p.equals(store.getParent()))
              .filter(p -> !p.startsWith(home.resolve(".config")))
              .map(p -> tmp.relativize(p).toString())
              .toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
