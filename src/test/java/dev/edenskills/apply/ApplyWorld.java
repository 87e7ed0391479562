package dev.edenskills.apply;

import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.GitHttpServer;
import dev.edenskills.testing.TestRepos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sandbox for apply scenarios: a temp HOME, git repositories served over smart HTTP on 127.0.0.1,
 * and a skills.toml written from simple declarations.
 */
final class ApplyWorld implements AutoCloseable {
  final Path home;
  final Path repos;
  final GitHttpServer server;
  final CliHarness cli;
  private final List<String> skills = new ArrayList<>();
  private String reactor = "";

  ApplyWorld(Path tmp) throws IOException {
    home = Files.createDirectories(tmp.resolve("home"));
    repos = Files.createDirectories(tmp.resolve("repos"));
    server = GitHttpServer.start(repos);
    cli = new CliHarness(home);
  }

  /** A repository holding {@code count} skills named {@code <repo>-s<i>} under skills/. */
  TestRepos.Repo repoWithSkills(String name, int count) {
    TestRepos.Repo repo = TestRepos.create(repos, name);
    for (int i = 0; i < count; i++) {
      String skill = name + "-s" + i;
      repo.skill("skills/" + skill, skill, "Skill " + i + " of " + name);
    }
    repo.commit("skills of " + name);
    return repo;
  }

  ApplyWorld reactor(String toml) {
    reactor = toml;
    return this;
  }

  /** Declares a skill; {@code targets} is raw TOML of its [[skills.targets]] tables. */
  ApplyWorld skill(
      String id, String repoUrl, String ref, String subpath, String mode, String targets) {
    skills.add(
        """
        [[skills]]
        id = "%s"
        [skills.source]
        repo = "%s"
        ref = "%s"
        subpath = "%s"
        [skills.install]
        mode = "%s"
        %s
        """
            .formatted(id, repoUrl, ref, subpath, mode, targets));
    return this;
  }

  ApplyWorld clearSkills() {
    skills.clear();
    return this;
  }

  static String agents(String... agents) {
    StringBuilder b = new StringBuilder();
    for (String a : agents) {
      b.append("[[skills.targets]]\nagent = \"").append(a).append("\"\n");
    }
    return b.toString();
  }

  Path config() throws IOException {
    Path config = home.resolve("skills.toml");
    Files.writeString(
        config,
        "version = 1\n[storage]\nroot = \"~/store\"\n"
            + reactor
            + "\n"
            + String.join("\n", skills));
    return config;
  }

  CliHarness.Result run(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("--config", config().toString()));
    all.addAll(List.of(args));
    return cli.run(all.toArray(String[]::new));
  }

  Path claude(String id) {
    return home.resolve(".claude/skills").resolve(id);
  }

  Path cursor(String id) {
    return home.resolve(".cursor/skills").resolve(id);
  }

  @Override
  public void close() {
    server.close();
  }
}
