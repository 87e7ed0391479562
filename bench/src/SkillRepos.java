import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic skill repositories: bare repos written by {@code git fast-import} with fixed
 * authors, dates and seeded content, so every run serves byte-identical repositories. Repository
 * {@code name} holds skills {@code skills/<name>-sNN/SKILL.md} plus a few small files, and
 * optionally one incompressible blob of {@code padBytes} to make it large.
 */
final class SkillRepos {
  private final Path root;

  SkillRepos(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  /** One skill in a repository: its id (= directory name) and subpath. */
  record Skill(String repo, String id, String subpath) {}

  /** Creates (once) {@code count} repositories named {@code prefix-NNN} with skills each. */
  List<Skill> create(String prefix, int count, int skillsPerRepo, long padBytes)
      throws IOException, InterruptedException {
    List<Skill> skills = new ArrayList<>();
    for (int r = 0; r < count; r++) {
      String repo = "%s-%03d".formatted(prefix, r);
      List<Skill> inRepo = new ArrayList<>();
      for (int s = 0; s < skillsPerRepo; s++) {
        String id = "%s-s%02d".formatted(repo, s);
        inRepo.add(new Skill(repo, id, "skills/" + id));
      }
      Path dir = root.resolve(repo + ".git");
      if (!Files.isDirectory(dir)) {
        write(dir, inRepo, padBytes, r);
      }
      skills.addAll(inRepo);
    }
    return skills;
  }

  private static void write(Path dir, List<Skill> skills, long padBytes, int seed)
      throws IOException, InterruptedException {
    Path tmp = dir.resolveSibling(dir.getFileName() + ".tmp");
    run(null, "git", "init", "-q", "--bare", "--initial-branch=main", tmp.toString());
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    long when = 1767225600L; // 2026-01-01T00:00:00Z
    text(stream, "commit refs/heads/main\n");
    text(stream, "author Bench <bench@localhost> " + when + " +0000\n");
    text(stream, "committer Bench <bench@localhost> " + when + " +0000\n");
    data(stream, "bench skills\n".getBytes(StandardCharsets.UTF_8));
    for (Skill s : skills) {
      file(stream, s.subpath() + "/SKILL.md", skillMd(s.id()));
      file(
          stream, s.subpath() + "/README.md", "# " + s.id() + "\n\n" + "Bench skill.\n".repeat(40));
      file(stream, s.subpath() + "/reference/notes.md", "notes for " + s.id() + "\n".repeat(3));
    }
    file(stream, "README.md", "Bench repository.\n");
    if (padBytes > 0) {
      byte[] pad = new byte[(int) padBytes];
      new Random(seed).nextBytes(pad);
      text(stream, "M 100644 inline assets/blob.bin\n");
      data(stream, pad);
    }
    text(stream, "\n");
    run(stream.toByteArray(), "git", "-C", tmp.toString(), "fast-import", "--quiet");
    Files.move(tmp, dir);
  }

  static String skillMd(String id) {
    return """
    ---
    name: %s
    description: A deterministic skill used by the eden-skills benchmark.
    ---

    # %s

    Follow these steps when asked about %s.
    """
        .formatted(id, id, id);
  }

  private static void file(ByteArrayOutputStream out, String path, String content)
      throws IOException {
    text(out, "M 100644 inline " + path + "\n");
    data(out, content.getBytes(StandardCharsets.UTF_8));
  }

  private static void data(ByteArrayOutputStream out, byte[] bytes) throws IOException {
    text(out, "data " + bytes.length + "\n");
    out.write(bytes);
    text(out, "\n");
  }

  private static void text(ByteArrayOutputStream out, String s) throws IOException {
    out.write(s.getBytes(StandardCharsets.UTF_8));
  }

  private static void run(byte[] stdin, String... cmd) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    Process p = pb.start();
    try (OutputStream in = p.getOutputStream()) {
      if (stdin != null) {
        in.write(stdin);
      }
    }
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException(String.join(" ", cmd) + " failed: " + output);
    }
  }
}
