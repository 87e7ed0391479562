package dev.edenskills.config;

import dev.edenskills.common.Env;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One row of the agent table ({@code agents.toml}): where an agent keeps its skills. Paths are
 * templates ({@code ~/}, {@code {home}}, {@code {xdg_config}}) resolved against an {@link Env}.
 *
 * @param home the agent's own config directory; its existence means "detected"
 * @param homeEnv a variable the agent honours to move {@code home} (CLAUDE_CONFIG_DIR, CODEX_HOME)
 * @param global the per-user skill root
 * @param project the per-project skill root, relative to the config file's directory
 */
public record Agent(
    String id,
    String displayName,
    String home,
    Optional<String> homeEnv,
    String global,
    String project) {

  /** The agent's config directory, after its own override variable. */
  public Path homeDir(Env env) {
    return homeEnv
        .flatMap(env::get)
        .map(v -> env.expand(v, env.cwd()))
        .orElseGet(() -> expand(home, env, Optional.empty()));
  }

  /** The per-user skill root; skills go to {@code <root>/<skill id>}. */
  public Path globalRoot(Env env) {
    return expand(global, env, Optional.of(homeDir(env)));
  }

  /** The per-project skill root under {@code projectDir}. */
  public Path projectRoot(Path projectDir) {
    return projectDir.resolve(project).toAbsolutePath().normalize();
  }

  /** Whether the agent looks installed: its config directory exists. */
  public boolean detected(Env env) {
    return Files.isDirectory(homeDir(env));
  }

  private static Path expand(String template, Env env, Optional<Path> agentHome) {
    String s = template;
    if (s.startsWith("{home}")) {
      Path h = agentHome.orElseThrow(() -> new IllegalStateException("{home} inside home"));
      return h.resolve(s.substring("{home}".length()).replaceFirst("^/", "")).normalize();
    }
    if (s.startsWith("{xdg_config}")) {
      Path base =
          env.get("XDG_CONFIG_HOME")
              .map(Path::of)
              .filter(Path::isAbsolute)
              .orElse(env.home().resolve(".config"));
      return base.resolve(s.substring("{xdg_config}".length()).replaceFirst("^/", "")).normalize();
    }
    return env.expand(s, env.home());
  }
}
