package dev.edenskills.apply;

import dev.edenskills.discovery.FrontMatter;
import dev.edenskills.discovery.ParsedSkill;
import dev.edenskills.resolve.ResolvedSkill;
import dev.edenskills.safety.SafetyMetadata;
import dev.edenskills.safety.SafetyReport;
import dev.edenskills.safety.SafetyScanner;
import dev.edenskills.safety.SafetyStore;
import dev.edenskills.safety.ScanInput;
import dev.edenskills.source.StoreLayout;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes {@code <store>/safety/<id>.toml} for every synced skill (CONTRACT §8). A skill reused from
 * the lock is rescanned only when its metadata is missing or names another commit. Detection never
 * fails a command: anything going wrong here is logged and skipped.
 */
final class SafetyRecorder {

  private final StoreLayout layout;
  private final Clock clock;
  private final SafetyScanner scanner = new SafetyScanner();

  SafetyRecorder(StoreLayout layout, Clock clock) {
    this.layout = layout;
    this.clock = clock;
  }

  void record(List<ResolvedSkill> skills, Map<String, SyncOutcome> outcomes) {
    for (ResolvedSkill skill : skills) {
      SyncOutcome outcome = outcomes.get(skill.id());
      if (outcome == null || outcome.installSource().isEmpty()) {
        continue;
      }
      Path file = layout.safetyFile(skill.id());
      if (outcome instanceof SyncOutcome.Skipped s && SafetyStore.isFor(file, s.resolvedCommit())) {
        continue;
      }
      try {
        Path source = outcome.installSource().get();
        SafetyReport report = scanner.scan(input(source, skill.spec().source().subpath()));
        SafetyStore.write(
            file,
            SafetyMetadata.of(
                skill.id(),
                skill.spec().source().repo(),
                outcome.commit(),
                source.toString(),
                clock.instant(),
                report,
                skill.spec().noExecMetadataOnly()));
      } catch (Exception e) {
        // Looked up only here: starting logging costs start-up time on every apply otherwise.
        Logger log = LoggerFactory.getLogger(SafetyRecorder.class);
        log.warn("could not record safety metadata for {}: {}", skill.id(), e.toString());
      }
    }
  }

  /**
   * The skill folder with what only the caller knows: the repository root (license files up to it
   * count, CONTRACT §8) and the front-matter {@code license}.
   */
  static ScanInput input(Path source, String subpath) {
    ScanInput input = ScanInput.of(source);
    Path root = source;
    int depth = subpath.equals(".") ? 0 : Path.of(subpath).getNameCount();
    for (int i = 0; i < depth && root.getParent() != null; i++) {
      root = root.getParent();
    }
    input = input.withRepoRoot(root);
    if (FrontMatter.readForInstall(source.resolve(FrontMatter.FILE_NAME), root)
        instanceof ParsedSkill.Valid valid) {
      input = valid.manifest().license().map(input::withDeclaredLicense).orElse(input);
    }
    return input;
  }
}
