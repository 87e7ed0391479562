package dev.edenskills.adapter;

import dev.edenskills.common.Problem;
import java.util.Set;

/**
 * The problems that mean "this target's environment cannot be reached right now" (its container is
 * missing or stopped, the engine does not answer): the target is reported, never the whole run.
 */
public final class Unreachable {
  private static final Set<String> CODES =
      Set.of("CONTAINER_MISSING", "CONTAINER_STOPPED", "ENGINE_UNREACHABLE");

  private Unreachable() {}

  /** True when {@code p} says the target's environment cannot be reached. */
  public static boolean is(Problem p) {
    return CODES.contains(p.code());
  }
}
