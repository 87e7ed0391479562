import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The everyday-path scenarios of issue 12: one install, the exit tail, a large no-change run and a
 * fresh store from a lock. Start-up with {@code --config} is part of scenario 4.
 */
final class Everyday {
  private final Harness h;
  private final Map<String, List<BenchServer.Counters>> traffic = new LinkedHashMap<>();

  Everyday(Harness h) {
    this.h = h;
  }

  private Proc.Result measure(Report r, String variant, Scenarios.Action action) throws Exception {
    h.server.reset();
    Proc.Result result = action.run();
    r.add(variant, result);
    traffic.computeIfAbsent(variant, k -> new ArrayList<>()).add(h.server.counters());
    return result;
  }

  private void trafficColumn(Report r) {
    traffic.forEach(
        (variant, list) ->
            r.extra(
                variant,
                "%.0f req, %.0f fetches"
                    .formatted(
                        Stats.median(list.stream().map(c -> (double) c.requests()).toList()),
                        Stats.median(list.stream().map(c -> (double) c.fetches()).toList()))));
  }

  /** {@code eden-skills args} with a fresh HOME (default config and target under it). */
  private Proc.Result freshHome(String... args) throws Exception {
    Path home = Files.createTempDirectory(h.repos.root().getParent(), "home-");
    try {
      return h.image(home, null, args);
    } finally {
      Bench.deleteTree(home);
    }
  }

  // 9. install <repo> --all: 7 skills of one repository at 40 ms per request.
  Report install() throws Exception {
    long latency = 40;
    Report r =
        new Report(
            "Scenario 9: install <repo> --all, 7 skills in one repository, %d ms per request"
                .formatted(latency));
    List<SkillRepos.Skill> skills = h.repos.create("seven", 1, 7, 0);
    String repo = skills.get(0).repo();
    String url = h.server.url(repo);
    long before = h.server.latency();
    h.server.latency(latency);
    try {
      freshHome("install", url, "--all"); // page cache
      for (int i = 0; i < h.options.runs(5); i++) {
        measure(r, "eden install --all (fresh HOME)", () -> freshHome("install", url, "--all"));
        measure(r, "git clone --depth 1", () -> h.gitClones(List.of(repo), 1));
      }
    } finally {
      h.server.latency(before);
    }
    trafficColumn(r);
    r.goal("median wall time", r.median("eden install --all (fresh HOME)"), " ms", 450, true);
    r.goal(
        "eden / git clone --depth 1",
        r.ratio("eden install --all (fresh HOME)", "git clone --depth 1"),
        "×",
        2,
        true);
    return r;
  }

  // 10. From the last byte of output to the process's exit.
  Report exitTail() throws Exception {
    Report r = new Report("Scenario 10: last output → process exit");
    List<SkillRepos.Skill> skills = h.repos.create("one", 20, 1, 0);
    String url = h.server.url(skills.get(0).repo());
    Harness.World w = h.world("tail", skills);
    h.apply(w, 10, false);
    Path home = Files.createTempDirectory(h.repos.root().getParent(), "home-");
    Map<String, List<String>> commands = new LinkedHashMap<>();
    commands.put("install <repo> --list (fetches over HTTP)", List.of("install", url, "--list"));
    commands.put(
        "apply, 20 skills, no change",
        List.of("--config", w.config().toString(), "apply", "--concurrency", "10"));
    commands.put("list, 20 skills", List.of("--config", w.config().toString(), "list"));
    commands.put("--version", List.of("--version"));
    int runs = h.options.quick() ? 3 : Math.max(5, h.options.runs(5));
    for (int i = 0; i < runs; i++) {
      for (Map.Entry<String, List<String>> c : commands.entrySet()) {
        boolean install = c.getKey().startsWith("install");
        r.add(c.getKey(), tail(c.getValue(), install ? home : w.home(), install ? home : w.dir()));
      }
    }
    double worst = 0;
    for (String variant : commands.keySet()) {
      worst = Math.max(worst, r.median(variant).orElse(Double.NaN));
    }
    r.goal("largest median tail over the commands", Optional.of(worst), " ms", 30, true);
    r.note(
        "ms here = from the last byte read on the child's stdout/stderr pipe to its exit"
            + " (waitFor), not the whole run.");
    Bench.deleteTree(home);
    h.discard(w);
    return r;
  }

  /** Runs the image; the result's wall time is last output byte → exit. */
  private Proc.Result tail(List<String> args, Path home, Path cwd) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(h.launcher.toString()));
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true);
    pb.environment().clear();
    pb.environment().putAll(h.env(home));
    pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    Process p = pb.start();
    long last = System.nanoTime();
    StringBuilder out = new StringBuilder();
    try (InputStream in = p.getInputStream()) {
      byte[] buf = new byte[8192];
      for (int n; (n = in.read(buf)) > 0; ) {
        last = System.nanoTime();
        if (out.length() < 4000) {
          out.append(new String(buf, 0, n));
        }
      }
    }
    int exit = p.waitFor();
    double tailMs = (System.nanoTime() - last) / 1e6;
    return new Proc.Result(tailMs, -1, -1, -1, exit, out.toString());
  }

  // 11. 772 skills installed, nothing to do: apply, doctor, list.
  Report noChangeAtScale() throws Exception {
    Report r = new Report("Scenario 11: 772 skills installed (4 repos × 193), no change");
    List<SkillRepos.Skill> skills = h.repos.create("wide", 4, 193, 0);
    Harness.World w = h.world("wide", skills);
    Proc.Result first = h.apply(w, 10, false);
    if (!first.ok()) {
      r.add("initial apply (setup)", first);
      return r;
    }
    String cfg = w.config().toString();
    Map<String, List<String>> commands = new LinkedHashMap<>();
    commands.put("apply (no change)", List.of("--config", cfg, "apply"));
    commands.put("doctor", List.of("--config", cfg, "doctor"));
    commands.put("list", List.of("--config", cfg, "list"));
    for (List<String> c : commands.values()) {
      h.run(w, false, c); // page cache, lock rewritten once
    }
    for (int i = 0; i < h.options.runs(3); i++) {
      for (Map.Entry<String, List<String>> c : commands.entrySet()) {
        measure(r, c.getKey(), () -> h.run(w, true, c.getValue()));
      }
    }
    trafficColumn(r);
    for (String variant : commands.keySet()) {
      r.goal(variant + ": median wall time", r.median(variant), " ms", 800, true);
      r.goal(variant + ": peak RSS (max)", r.maxRssMb(variant), " MB", 150, true);
    }
    h.discard(w);
    return r;
  }

  // 12. A fresh store from a lock (CI): requests per repository.
  Report freshStoreFromLock() throws Exception {
    Report r = new Report("Scenario 12: fresh store from a lock, 5 repos × 2 skills");
    List<SkillRepos.Skill> skills = h.repos.create("locked", 5, 2, 0);
    Harness.World w = h.world("locked", skills);
    Proc.Result first = h.apply(w, 10, false);
    if (!first.ok()) {
      r.add("initial apply (setup)", first);
      return r;
    }
    Path lock = w.dir().resolve("skills.lock");
    byte[] locked = Files.readAllBytes(lock);
    String cfg = w.config().toString();
    // The option list is at the end of the help (picocli answers --help even after an unknown
    // option, so asking for it is no test).
    boolean hasLocked = h.image(w.home(), null, "help", "apply").tail().contains("--locked");
    for (int i = 0; i < h.options.runs(3); i++) {
      h.freshStore(w);
      Files.write(lock, locked);
      measure(
          r,
          "apply (fresh store, lock present)",
          () -> h.run(w, false, List.of("--config", cfg, "apply")));
      if (hasLocked) {
        h.freshStore(w);
        Files.write(lock, locked);
        measure(
            r,
            "apply --locked (fresh store)",
            () -> h.run(w, false, List.of("--config", cfg, "apply", "--locked")));
      }
    }
    trafficColumn(r);
    Optional<Double> perRepo =
        hasLocked
            ? Optional.of(
                Stats.median(
                        traffic.get("apply --locked (fresh store)").stream()
                            .map(c -> (double) c.requests())
                            .toList())
                    / 5)
            : Optional.empty();
    r.goal("requests per repository, apply --locked", perRepo, "", 2, true);
    if (!hasLocked) {
      r.note("n/a: this image has no `apply --locked` (fetch the locked commit by id) yet.");
    }
    h.discard(w);
    return r;
  }
}
