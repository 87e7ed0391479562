package dev.edenskills.source;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The accepted spellings of a {@code repo} value, as one table of rules. Anything not matched is
 * refused: transport helpers such as {@code ext::} would let a config run commands through git.
 */
final class RepoForms {
  private RepoForms() {}

  /** What a repo string denotes before anything is resolved. */
  sealed interface Form {}

  record LocalPath(String path) implements Form {}

  record Url(String fetchUrl, String normalized, String display) implements Form {}

  private static final String ACCEPTED =
      "use owner/repo, https://host/path, ssh://host/path, git@host:path, git://host/path,"
          + " file:///path, or a local directory ./x, ../x, /x or ~/x";
  private static final Set<String> SCHEMES = Set.of("https", "http", "ssh", "git", "file");
  private static final Pattern HELPER = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*::.*");
  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://(.*)$");
  private static final Pattern HOST_PORT =
      Pattern.compile(
          "^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+])(?::\\d{1,5})?$");
  private static final Pattern SCP =
      Pattern.compile("^([A-Za-z0-9._-]+)@([A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?):(.+)$");
  private static final Pattern SHORTHAND =
      // GitHub owners are letters, digits and '-': "host.tld/x" is a URL missing its scheme.
      Pattern.compile("^([A-Za-z0-9][A-Za-z0-9-]*)/([A-Za-z0-9._-]+)$");

  static Form classify(String raw) {
    if (raw == null || raw.isEmpty()) {
      throw invalid("repo is empty; " + ACCEPTED);
    }
    rejectCharacters(raw);
    if (raw.startsWith("-")) {
      throw invalid("'" + raw + "' starts with '-'; " + ACCEPTED);
    }
    if (isLocal(raw)) {
      return new LocalPath(raw);
    }
    if (raw.startsWith("~")) {
      throw invalid("'" + raw + "': only '~' and '~/...' are expanded, not '~name'");
    }
    if (HELPER.matcher(raw).matches()) {
      throw invalid("'" + raw + "': git transport helpers (ext::, fd::, ...) are not allowed");
    }
    Matcher scheme = SCHEME.matcher(raw);
    if (scheme.matches()) {
      return url(raw, scheme.group(1).toLowerCase(Locale.ROOT), scheme.group(2));
    }
    Matcher scp = SCP.matcher(raw);
    if (scp.matches()) {
      String path = stripRepoPath(scp.group(3));
      if (path.isEmpty()) {
        throw invalid("'" + raw + "' names no repository path after ':'");
      }
      return new Url(raw, scp.group(2).toLowerCase(Locale.ROOT) + "/" + path, raw);
    }
    Matcher shorthand = SHORTHAND.matcher(raw);
    if (shorthand.matches() && !Set.of(".", "..", ".git").contains(shorthand.group(2))) {
      String repo = stripRepoPath(shorthand.group(2));
      String path = shorthand.group(1) + "/" + repo;
      return new Url("https://github.com/" + path + ".git", "github.com/" + path, raw);
    }
    if (raw.contains(":")) {
      throw invalid("'" + raw + "' is not a supported repository URL; " + ACCEPTED);
    }
    String hint =
        raw.indexOf('/') > 0 && raw.substring(0, raw.indexOf('/')).contains(".")
            ? "; did you mean https://" + raw + " ?"
            : "; a local directory must start with ./, ../, / or ~/";
    throw invalid("'" + raw + "' is not a repository: " + ACCEPTED + hint);
  }

  private static Url url(String raw, String scheme, String rest) {
    if (!SCHEMES.contains(scheme)) {
      throw invalid("'" + raw + "': the scheme '" + scheme + "://' is not supported; " + ACCEPTED);
    }
    if (rest.contains("?") || rest.contains("#")) {
      throw invalid("'" + raw + "': a repository URL has no query (?) or fragment (#)");
    }
    if (scheme.equals("file")) {
      String path = rest.startsWith("localhost/") ? rest.substring("localhost".length()) : rest;
      String stripped = stripRepoPath(path);
      if (!path.startsWith("/") || stripped.isEmpty()) {
        throw invalid(
            "'" + raw + "': a file URL needs an absolute path, like file:///srv/repo.git");
      }
      return new Url(raw, "/" + stripped, raw);
    }
    int slash = rest.indexOf('/');
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    String path = slash < 0 ? "" : stripRepoPath(rest.substring(slash));
    int at = authority.lastIndexOf('@');
    String hostPort = at < 0 ? authority : authority.substring(at + 1);
    if (!HOST_PORT.matcher(hostPort).matches()) {
      throw invalid("'" + raw + "' has no valid host");
    }
    if (path.isEmpty()) {
      throw invalid("'" + raw + "' names no repository path after the host");
    }
    String display = scheme + "://" + hostPort + rest.substring(slash);
    return new Url(raw, hostPort.toLowerCase(Locale.ROOT) + "/" + path, display);
  }

  private static boolean isLocal(String raw) {
    return raw.equals(".")
        || raw.equals("..")
        || raw.equals("~")
        || raw.startsWith("./")
        || raw.startsWith("../")
        || raw.startsWith("/")
        || raw.startsWith("~/");
  }

  /** Leading and trailing {@code /} and a trailing {@code .git} do not change the repository. */
  private static String stripRepoPath(String path) {
    String p = path.replaceAll("/+$", "");
    if (p.endsWith(".git")) {
      p = p.substring(0, p.length() - 4);
    }
    return p.replaceAll("/+$", "").replaceAll("^/+", "");
  }

  private static void rejectCharacters(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw invalid("repo contains a control character (code " + (int) c + ")");
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        throw invalid("'" + raw + "' contains whitespace");
      }
      if (c == '"' || c == '\'' || c == '`' || c == ';') {
        throw invalid("'" + raw + "' contains the character " + c + ", which no repo needs");
      }
    }
  }

  private static IllegalArgumentException invalid(String message) {
    return new IllegalArgumentException(message);
  }
}
