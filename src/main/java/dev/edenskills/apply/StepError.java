package dev.edenskills.apply;

import dev.edenskills.common.Problem;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Why a Phase B step failed: the line the user reads and the exception behind it, kept so {@code
 * -v} can print its cause chain. An exception that is neither a {@link Problem} nor an I/O failure
 * is a bug in the tool ({@link #internal}), and its line says so.
 */
public record StepError(String detail, Optional<Throwable> cause) {
  /** The error for what an install step threw. */
  static StepError of(Throwable thrown) {
    String message = thrown.getMessage();
    String detail =
        isInternal(thrown)
            ? "internal error: "
                + thrown.getClass().getName()
                + (message == null || message.isBlank() ? "" : ": " + message)
            : (message == null ? thrown.toString() : message);
    return new StepError(detail, Optional.of(thrown));
  }

  /** True when the cause is a bug in the tool, not a problem with the target or the disk. */
  public boolean internal() {
    return cause.filter(StepError::isInternal).isPresent();
  }

  private static boolean isInternal(Throwable t) {
    return !(t instanceof Problem) && !(t instanceof UncheckedIOException);
  }
}
