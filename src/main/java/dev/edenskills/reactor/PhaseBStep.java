package dev.edenskills.reactor;

/**
 * One Phase B step (plan, mutate, verify one item); may throw, which fails only that item.
 *
 * @param <P> the item (e.g. a skill with its targets)
 * @param <R> what the step reports
 */
@FunctionalInterface
public interface PhaseBStep<P, R> {
  R apply(P item) throws Exception;
}
