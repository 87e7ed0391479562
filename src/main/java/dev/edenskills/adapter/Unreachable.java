package dev.edenskills.adapter;

import dev.edenskills.common.ErrorCode;
import dev.edenskills.common.Problem;
import java.util.Set;

/**
 * The problems that mean "this target's environment cannot be reached right now" (its container is
 * missing or stopped, the engine does not answer): the target is reported, never the whole run.
 */
public final class Unreachable {
  private static final Set<ErrorCode> CODES =
      Set.of(
          ErrorCode.CONTAINER_MISSING, ErrorCode.CONTAINER_STOPPED, ErrorCode.ENGINE_UNREACHABLE);

  private Unreachable() {}

  /** True when {@code p} says the target's environment cannot be reached. */
  public static boolean is(Problem p) {
    return CODES.contains(p.errorCode());
  }
}
