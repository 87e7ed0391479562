package dev.edenskills.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.edenskills.lock.LockEntry;
import dev.edenskills.lock.LockRead;
import dev.edenskills.lock.LockStore;
import dev.edenskills.testing.CliHarness;
import dev.edenskills.testing.InstallState;
import dev.edenskills.testing.TestRepos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of skills.lock (issue 7): a mutated or hostile lock before each apply. Apply never
 * crashes, reconciles fully to the config, and never touches what it does not own, even when the
 * lock names the user's own files as orphaned installs.
 */
@Tag("slow")
class LockFuzzTest {
  static final long SEED = 9_000L;
  static final int CASES = 1_200;

  @TempDir Path home;

  @Test
  void mutatedLocksNeverCrashApplyAndNeverCostTheUserAFile() throws Exception {
    Path config = setUp();
    CliHarness cli = new CliHarness(home);
    CliHarness.Result first = cli.run("--config", config.toString(), "apply");
    assertThat(first.exitCode()).as(first.toString()).isZero();
    Path lock = home.resolve("skills.lock");
    String good = Files.readString(lock);
    List<String> failures = new ArrayList<>();
    TreeMap<String, Integer> outcomes = new TreeMap<>();
    for (int i = 0; i < CASES; i++) {
      long seed = SEED + i;
      Random r = new Random(seed);
      String text = i % 3 == 0 ? withHostileOrphans(good, r) : Hostile.mutateText(good, r);
      Files.writeString(lock, text);
      LockRead before = LockStore.read(lock);
      CliHarness.Result res = cli.run("--config", config.toString(), "apply");
      List<String> problems = check(res, lock);
      if (!problems.isEmpty()) {
        failures.add(
            "seed " + seed + ": " + problems + "\n" + Hostile.abbreviate(text + "\n" + res));
        if (failures.size() >= 3) {
          break;
        }
      }
      String kind =
          before instanceof LockRead.Found
              ? "parsed-exit" + res.exitCode()
              : "unusable-exit" + res.exitCode();
      outcomes.merge(kind, 1, Integer::sum);
      // Next case starts from a converged machine and the good lock.
      Files.writeString(lock, good);
    }
    assertThat(failures).isEmpty();
    System.out.println("RELIABILITY lock-fuzz cases=" + CASES + " seed=" + SEED + " " + outcomes);
  }

  private List<String> check(CliHarness.Result res, Path lock) throws Exception {
    List<String> p = new ArrayList<>();
    String all = res.out() + res.err();
    if (all.contains("Exception") || all.contains("\tat ") || all.contains("error[INTERNAL]")) {
      p.add("exception or stack trace");
    }
    if (res.exitCode() != 0 && res.exitCode() != 1) {
      p.add("exit " + res.exitCode());
    }
    if (res.exitCode() == 1
        && !res.err()
            .lines()
            .filter(l -> l.contains("skill="))
            .allMatch(l -> l.contains("stage=remove"))) {
      p.add("a configured skill failed");
    }
    for (String id : List.of("alpha", "beta", "gamma")) {
      if (!Files.isRegularFile(home.resolve(".claude/skills/" + id + "/SKILL.md"))) {
        p.add(id + " not installed");
      }
    }
    if (!Files.isRegularFile(home.resolve(".cursor/skills/gamma/SKILL.md"))) {
      p.add("gamma not installed for cursor");
    }
    if (!Files.readString(home.resolve("precious/keep.txt")).equals("keep")) {
      p.add("precious file changed");
    }
    if (!Files.isRegularFile(home.resolve(".claude/skills/foreign/SKILL.md"))) {
      p.add("foreign skill dir touched");
    }
    if (!Files.isSymbolicLink(home.resolve(".claude/skills/userlink"))) {
      p.add("user's symlink touched");
    }
    if (!Files.isRegularFile(home.resolve("src/alpha/SKILL.md"))) {
      p.add("source touched");
    }
    LockRead after = LockStore.read(lock);
    if (!(after instanceof LockRead.Found found)) {
      p.add("lock not rewritten: " + after.problem());
    } else {
      List<String> ids = found.lock().skills().stream().map(LockEntry::id).toList();
      if (!ids.containsAll(List.of("alpha", "beta", "gamma"))) {
        p.add("lock misses configured skills: " + ids);
      }
    }
    // Orphan entries whose removal was refused stay in the lock for the next run to retry.
    p.addAll(
        InstallState.problems(
            home, home.resolve("store"), lock, List.of("alpha", "beta", "gamma")::contains));
    return p;
  }

  /** Adds orphan entries whose targets are the user's own files or hostile paths. */
  private String withHostileOrphans(String good, Random r) {
    String[] targets = {
      home.resolve("precious").toString(),
      home.resolve("precious/keep.txt").toString(),
      home.resolve(".claude/skills/foreign").toString(),
      home.resolve(".claude/skills/userlink").toString(),
      home.resolve(".claude/skills").toString(),
      home.resolve("src/alpha").toString(),
      home.resolve(".claude/skills/alpha").toString(),
      home.resolve(".claude/skills/../../precious").toString(),
      home.toString(),
      "/",
      "/etc/passwd",
      "relative/path",
      "",
    };
    StringBuilder b = new StringBuilder(good);
    int n = 1 + r.nextInt(3);
    for (int k = 0; k < n; k++) {
      String path = r.nextInt(3) > 0 ? targets[r.nextInt(targets.length)] : Hostile.string(r);
      // Half the time the id matches the path's last segment, the shape the tool writes.
      String last = path.substring(path.lastIndexOf('/') + 1);
      String id =
          r.nextBoolean() && !last.isEmpty()
              ? last
              : r.nextBoolean() ? "orphan" + k : Hostile.string(r);
      b.append("\n[[skills]]\n")
          .append("id = ")
          .append(Hostile.toml(id))
          .append('\n')
          .append("repo = ")
          .append(Hostile.toml(r.nextBoolean() ? "./src" : Hostile.string(r)))
          .append('\n')
          .append("ref = \"main\"\nsubpath = \".\"\n")
          .append("commit = ")
          .append(Hostile.toml(r.nextBoolean() ? "" : Hostile.string(r)))
          .append('\n')
          .append("mode = ")
          .append(Hostile.toml(r.nextBoolean() ? "copy" : "symlink"))
          .append('\n')
          .append("content_hash = \"\"\ninstalled_at = \"2026-01-01T00:00:00Z\"\n")
          .append("\n[[skills.targets]]\nagent = \"claude-code\"\n")
          .append("path = ")
          .append(Hostile.toml(path))
          .append('\n');
    }
    return b.toString();
  }

  private Path setUp() throws Exception {
    for (String id : List.of("alpha", "beta", "gamma")) {
      TestRepos.skill(home.resolve("src/" + id), id, "Skill " + id);
    }
    Files.createDirectories(home.resolve("precious"));
    Files.writeString(home.resolve("precious/keep.txt"), "keep");
    TestRepos.skill(home.resolve(".claude/skills/foreign"), "foreign", "Not ours");
    Files.createSymbolicLink(home.resolve(".claude/skills/userlink"), home.resolve("precious"));
    return Files.writeString(
        home.resolve("skills.toml"),
        """
        version = 1
        [storage]
        root = "~/store"
        [[skills]]
        id = "alpha"
        [skills.source]
        repo = "./src"
        subpath = "alpha"
        [[skills.targets]]
        agent = "claude-code"
        [[skills]]
        id = "beta"
        [skills.source]
        repo = "./src"
        subpath = "beta"
        [skills.install]
        mode = "copy"
        [[skills.targets]]
        agent = "claude-code"
        [[skills]]
        id = "gamma"
        [skills.source]
        repo = "./src"
        subpath = "gamma"
        [skills.install]
        mode = "copy"
        [[skills.targets]]
        agent = "claude-code"
        [[skills.targets]]
        agent = "cursor"
        """);
  }
}
