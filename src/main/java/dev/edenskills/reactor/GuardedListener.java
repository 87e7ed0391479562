package dev.edenskills.reactor;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link ProgressListener} that never lets its delegate's exception reach the work reporting
 * progress: a renderer bug must not fail a sync or an install, nor lose a result, nor go unnoticed.
 * It says so once (a broken listener throws on every event), the stack at debug ({@code -v}).
 */
final class GuardedListener implements ProgressListener {
  private static final Logger LOG = LoggerFactory.getLogger(GuardedListener.class);

  private final ProgressListener delegate;
  private final AtomicBoolean failed = new AtomicBoolean();

  GuardedListener(ProgressListener delegate) {
    this.delegate = delegate;
  }

  @Override
  public void on(ProgressEvent event) {
    try {
      delegate.on(event);
    } catch (RuntimeException e) {
      if (failed.compareAndSet(false, true)) {
        LOG.warn(
            "progress display failed on {}: {} (please report this)",
            event.getClass().getSimpleName(),
            e.toString());
        LOG.debug("progress listener failure", e);
      }
    }
  }
}
