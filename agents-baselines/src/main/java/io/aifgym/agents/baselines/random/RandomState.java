package io.aifgym.agents.baselines.random;

/**
 * The state of a {@link RandomAgent}: the number of decisions it made.
 *
 * @param decisions the number of decisions, non-negative
 */
public record RandomState(long decisions) {

    /** Validates the counter. */
    public RandomState {
        if (decisions < 0) {
            throw new IllegalArgumentException("decisions: expected a non-negative count, found " + decisions);
        }
    }
}
