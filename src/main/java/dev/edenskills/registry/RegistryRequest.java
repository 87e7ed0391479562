package dev.edenskills.registry;

import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import dev.edenskills.config.RegistryNames;
import dev.edenskills.config.RegistrySource;
import dev.edenskills.config.VersionReq;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What {@code install} was asked for by name: {@code <name>}, {@code <name>@<req>}, or {@code
 * <name>} with {@code --version <req>} and {@code --registry R} (CONTRACT §11).
 */
public final class RegistryRequest {
  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(@.*)?");

  private RegistryRequest() {}

  /**
   * True when {@code raw} can only be a registry name: a plain word, perhaps with {@code @req}. A
   * repository is always {@code owner/repo}, a URL or a path, so the two never overlap.
   */
  public static boolean looksLikeName(String raw) {
    return WORD.matcher(raw).matches() && !raw.contains("/") && !raw.contains(":");
  }

  /**
   * Parses the command line's request.
   *
   * @throws Problem (exit 2) for a bad name, a bad requirement, or a requirement given twice
   */
  public static RegistrySource parse(
      String raw, Optional<String> versionFlag, Optional<String> registryFlag) {
    String name = raw;
    Optional<String> req = Optional.empty();
    int at = raw.indexOf('@');
    if (at >= 0) {
      name = raw.substring(0, at);
      req = Optional.of(raw.substring(at + 1));
      if (versionFlag.isPresent()) {
        throw Problem.usage(
            ErrorCode.USAGE,
            "the version is given twice: '" + raw + "' and --version " + versionFlag.get(),
            "use either <name>@<requirement> or --version <requirement>");
      }
    }
    Optional<String> bad = RegistryNames.skillProblem(name);
    if (bad.isPresent()) {
      throw Problem.usage(
          ErrorCode.INVALID_NAME, bad.get(), "registry names are lowercase, e.g. pdf-tools");
    }
    String version = req.or(() -> versionFlag).orElse(RegistrySource.ANY_VERSION);
    bad = VersionReq.problem(version);
    if (bad.isPresent()) {
      throw Problem.usage(
          ErrorCode.INVALID_VERSION_REQ, bad.get(), "e.g. " + name + "@^1.2 or --version '~1.2.3'");
    }
    bad = registryFlag.flatMap(RegistryNames::registryProblem);
    if (bad.isPresent()) {
      throw Problem.usage(ErrorCode.UNKNOWN_REGISTRY, bad.get(), "see [registries] in the config");
    }
    return new RegistrySource(name, version, registryFlag);
  }
}
