package dev.edenskills.install;

import dev.edenskills.common.Env;
import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import dev.edenskills.config.SourceSpec;
import dev.edenskills.config.ValueRules;
import dev.edenskills.source.RepoLocation;
import dev.edenskills.source.SubpathRules;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code <source>} of {@code install} (CONTRACT §7) turned into the {@code repo}, {@code ref}
 * and {@code subpath} values a skills.toml entry holds, each checked by the config's own rules.
 *
 * <p>A GitHub tree URL {@code https://github.com/o/r/tree/<ref>/<path>} is ambiguous when a branch
 * name has a slash ({@code feature/x}): the URL alone cannot tell where the ref ends. Without
 * {@code --ref} the first segment after {@code tree/} is the ref and the rest the path. With {@code
 * --ref R}: when the segments after {@code tree/} start with R's segments, those are the ref and
 * the rest the path (this is how a slashed branch is spelt); otherwise R replaces the URL's first
 * segment and the path is kept.
 *
 * @param repo the config's {@code repo}: as typed for URLs and {@code owner/repo}; the repository
 *     part of a tree URL; an absolute path (or {@code ~/...} as typed) for a local directory, since
 *     the config resolves relative paths against its own directory, not the working directory
 * @param ref the branch, tag or commit; {@code HEAD} (the remote's default branch) when nothing
 *     named one
 * @param subpath the directory inside the source to discover skills in, normalized; {@code .} for
 *     the root
 * @param local whether {@code repo} is a local directory used live (nothing is fetched)
 */
public record InstallSource(String repo, String ref, String subpath, boolean local) {
  private static final Pattern GITHUB_PAGE =
      Pattern.compile(
          "^(https?://(?:www\\.)?github\\.com/[^/]+/[^/]+?)(?:\\.git)?/(tree|blob)(?:/(.*))?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * Parses {@code raw} as typed on the command line; {@code refFlag} is {@code --ref}.
   *
   * @throws Problem (exit 2) {@code INVALID_REPO}, {@code INVALID_REF} or {@code INVALID_SUBPATH}
   */
  public static InstallSource parse(String raw, Optional<String> refFlag, Env env) {
    refFlag.ifPresent(InstallSource::checkRef);
    Matcher page = GITHUB_PAGE.matcher(raw);
    if (page.matches()) {
      return treeUrl(raw, page, refFlag);
    }
    checkRepo(raw);
    String ref = refFlag.orElse(SourceSpec.DEFAULT_REF);
    if (RepoLocation.parse(raw, env, env.cwd()) instanceof RepoLocation.Local l) {
      String repo = raw.equals("~") || raw.startsWith("~/") ? raw : l.dir().toString();
      return new InstallSource(repo, ref, SourceSpec.DEFAULT_SUBPATH, true);
    }
    return new InstallSource(raw, ref, SourceSpec.DEFAULT_SUBPATH, false);
  }

  /** Where the repository lives, for fetching or reading. */
  public RepoLocation location(Env env) {
    return RepoLocation.parse(repo, env, env.cwd());
  }

  /** {@code subpath} joined with a path found below it, normalized. */
  public String below(String inner) {
    return subpath.equals(".") ? inner : SubpathRules.normalize(subpath + "/" + inner);
  }

  private static InstallSource treeUrl(String raw, Matcher page, Optional<String> refFlag) {
    String repo = page.group(1);
    if (page.group(2).equalsIgnoreCase("blob")) {
      throw Problem.usage(
          ErrorCode.INVALID_REPO,
          "'" + raw + "' points at a file, not a directory",
          "use the directory's URL (…/tree/<ref>/<dir>) or the repository URL with --ref");
    }
    checkRepo(repo);
    String rest = decode(raw, page.group(3) == null ? "" : page.group(3)).replaceAll("/+$", "");
    if (rest.isEmpty() && refFlag.isEmpty()) {
      throw Problem.usage(
          ErrorCode.INVALID_REF,
          "'" + raw + "' names no ref after tree/",
          "use …/tree/<ref>[/<dir>], or the repository URL with --ref");
    }
    String ref;
    String path;
    if (refFlag.isPresent()
        && (rest.equals(refFlag.get()) || rest.startsWith(refFlag.get() + "/"))) {
      ref = refFlag.get();
      path = rest.substring(ref.length());
    } else {
      int slash = rest.indexOf('/');
      String first = slash < 0 ? rest : rest.substring(0, slash);
      ref = refFlag.orElse(first);
      path = slash < 0 ? "" : rest.substring(slash + 1);
    }
    checkRef(ref);
    return new InstallSource(repo, ref, subpath(path), false);
  }

  private static String subpath(String path) {
    String p = path.replaceAll("^/+", "");
    if (p.isEmpty()) {
      return SourceSpec.DEFAULT_SUBPATH;
    }
    Optional<String> problem = SubpathRules.problem(p);
    if (problem.isPresent()) {
      throw Problem.usage(
          ErrorCode.INVALID_SUBPATH, problem.get(), "give a directory inside the repository");
    }
    return SubpathRules.normalize(p);
  }

  private static void checkRepo(String repo) {
    RepoLocation.problem(repo)
        .ifPresent(
            p -> {
              throw Problem.usage(
                  ErrorCode.INVALID_REPO,
                  p,
                  "e.g. owner/repo, https://github.com/owner/repo/tree/main/skills/pdf,"
                      + " ./my-skills");
            });
  }

  private static void checkRef(String ref) {
    ValueRules.refProblem(ref)
        .ifPresent(
            p -> {
              throw Problem.usage(ErrorCode.INVALID_REF, p, "use a branch, tag or full commit SHA");
            });
  }

  /** Percent-escapes in the ref and path ({@code %2B}) mean what they encode. */
  private static String decode(String raw, String encoded) {
    if (!encoded.contains("%")) {
      return encoded;
    }
    try {
      return new URI("http://h/" + encoded).getPath().substring(1);
    } catch (URISyntaxException e) {
      throw Problem.usage(
          ErrorCode.INVALID_REPO,
          "'" + raw + "' is not a valid URL: " + e.getReason(),
          "check the URL");
    }
  }
}
