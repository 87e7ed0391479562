package dev.edenskills.verify;

import dev.edenskills.adapter.TargetAdapter;
import dev.edenskills.config.VerifyCheck;
import dev.edenskills.config.VerifySpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Runs the configured checks (CONTRACT §3 {@code [skills.verify]}) against an installed target,
 * through the target's adapter, which alone knows how to read where the target lives. Reads only;
 * never throws for what it finds, an unreadable target is a failed check.
 */
public final class Verifier {
  /** The file every skill directory must hold (CONTRACT §1). */
  public static final String SKILL_FILE = "SKILL.md";

  private final UnaryOperator<Path> boundaryOf;

  /** A verifier that follows no symlink out of a skill's own directory. */
  public Verifier() {
    this(UnaryOperator.identity());
  }

  /**
   * A verifier comparing content as the store's copies hold it: {@code boundaryOf} gives how far a
   * source's links are followed (the store's {@code StoreLayout::boundaryOf}).
   */
  public Verifier(UnaryOperator<Path> boundaryOf) {
    this.boundaryOf = boundaryOf;
  }

  /**
   * Verifies {@code target} (which should hold {@code source}), reached through {@code adapter},
   * with the checks of {@code spec}; a disabled spec runs nothing and passes.
   */
  public VerifyResult verify(
      TargetAdapter adapter, String skillId, Path target, Path source, VerifySpec spec) {
    List<CheckFailure> failures = new ArrayList<>();
    if (spec.enabled()) {
      Path boundary = boundaryOf.apply(source);
      for (VerifyCheck check : spec.checks()) {
        adapter
            .check(check, target, source, boundary)
            .ifPresent(m -> failures.add(new CheckFailure(check.id(), m)));
      }
    }
    return new VerifyResult(skillId, target.toString(), failures);
  }
}
