package dev.edenskills.config;

import dev.edenskills.common.AtomicFiles;
import dev.edenskills.common.Env;
import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/** Finds, reads and atomically writes the config file (CONTRACT §2). */
public record ConfigStore(Path path, Env env) {
  public static final String ENV_VAR = "EDEN_SKILLS_CONFIG";

  /**
   * {@code --config} wins, then {@code $EDEN_SKILLS_CONFIG}, then {@code
   * ~/.eden-skills/skills.toml}.
   */
  public static Path locate(Optional<Path> flag, Env env) {
    if (flag.isPresent()) {
      return env.cwd().resolve(flag.get()).normalize();
    }
    return env.get(ENV_VAR)
        .map(v -> env.expand(v, env.cwd()))
        .orElse(env.home().resolve(".eden-skills").resolve("skills.toml"));
  }

  public boolean exists() {
    return Files.exists(path);
  }

  /**
   * Reads and validates the config; warnings go to {@code warn} as whole lines ({@code
   * warning[UNKNOWN_KEY] field: message}), errors throw {@link ConfigInvalid}.
   */
  public ConfigFile load(boolean strict, Consumer<String> warn) {
    String text;
    try {
      text = Files.readString(path);
    } catch (NoSuchFileException e) {
      throw Problem.usage(
          ErrorCode.CONFIG_NOT_FOUND,
          "no config at " + path,
          "run 'eden-skills init' to create one, or pass --config PATH");
    } catch (MalformedInputException e) {
      throw Problem.usage(
          ErrorCode.INVALID_TOML, path + " is not UTF-8 text", "save the file as UTF-8");
    } catch (IOException e) {
      throw Problem.usage(
          ErrorCode.CONFIG_UNREADABLE,
          "cannot read " + path + ": " + e.getMessage(),
          "check the file's permissions");
    }
    return parse(text, strict, warn);
  }

  /** Validates {@code text} as if it were this file (used by {@code config import}). */
  public ConfigFile parse(String text, boolean strict, Consumer<String> warn) {
    ConfigLoader.Result result = ConfigLoader.load(path.toString(), text, strict);
    result.warnings().forEach(w -> warn.accept(w.render("warning")));
    return new ConfigFile(path, result.config());
  }

  /** Writes {@code config} in normalized form, atomically. */
  public void save(Config config) {
    saveText(ConfigWriter.write(config));
  }

  /** Writes {@code text} as the config file, atomically ({@code init}'s commented starter). */
  public void saveText(String text) {
    try {
      AtomicFiles.writeString(path, text);
    } catch (IOException e) {
      throw Problem.runtime(
          ErrorCode.CONFIG_WRITE_FAILED,
          "cannot write " + path + ": " + e.getMessage(),
          "check that the directory is writable",
          e);
    }
  }
}
