package dev.edenskills.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sandbox for apply scenarios: a temp HOME, git repositories served over smart HTTP on 127.0.0.1,
 * and a skills.toml written from simple declarations.
 */
public final class ApplyWorld implements AutoCloseable {
  public final Path home;
  public final Path repos;
  public final GitHttpServer server;
  public final CliHarness cli;
  private final List<String> skills = new ArrayList<>();
  private String reactor = "";

  public ApplyWorld(Path tmp) throws IOException {
    home = Files.createDirectories(tmp.resolve("home"));
    repos = Files.createDirectories(tmp.resolve("repos"));
    server = GitHttpServer.start(repos);
    cli = new CliHarness(home);
  }

  /** A repository holding {@code count} skills named {@code <repo>-s<i>} under skills/. */
  public TestRepos.Repo repoWithSkills(String name, int count) {
    TestRepos.Repo repo = TestRepos.create(repos, name);
    for (int i = 0; i < count; i++) {
      String skill = name + "-s" + i;
      repo.skill("skills/" + skill, skill, "Skill " + i + " of " + name);
    }
    repo.commit("skills of " + name);
    return repo;
  }

  public ApplyWorld reactor(String toml) {
    reactor = toml;
    return this;
  }

  /** Declares a skill; {@code targets} is raw TOML of its [[skills.targets]] tables. */
  public ApplyWorld skill(
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

  /**
   * Declares the first skill of {@link #repoWithSkills repository} {@code repo} ({@code <repo>-s0},
   * branch main) for Claude Code, installed by {@code mode}.
   */
  public ApplyWorld firstSkill(String repo, String mode) {
    String id = repo + "-s0";
    return skill(id, server.url(repo), "main", "skills/" + id, mode, agents("claude-code"));
  }

  public ApplyWorld clearSkills() {
    skills.clear();
    return this;
  }

  public static String agents(String... agents) {
    StringBuilder b = new StringBuilder();
    for (String a : agents) {
      b.append("[[skills.targets]]\nagent = \"").append(a).append("\"\n");
    }
    return b.toString();
  }

  public Path config() throws IOException {
    Path config = home.resolve("skills.toml");
    Files.writeString(
        config,
        "version = 1\n[storage]\nroot = \"~/store\"\n"
            + reactor
            + "\n"
            + String.join("\n", skills));
    return config;
  }

  public CliHarness.Result run(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("--config", config().toString()));
    all.addAll(List.of(args));
    return cli.run(all.toArray(String[]::new));
  }

  public Path claude(String id) {
    return home.resolve(".claude/skills").resolve(id);
  }

  public Path cursor(String id) {
    return home.resolve(".cursor/skills").resolve(id);
  }

  @Override
  public void close() {
    server.close();
  }
}
