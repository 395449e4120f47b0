package io.aifgym.agents.baselines.planning;

/**
 * The state of a {@link ValueIterationAgent}: the steps taken in the current episode, which a
 * non-stationary plan needs to know the steps left.
 *
 * @param elapsed the steps taken since the episode began, non-negative
 */
public record ValueIterationState(int elapsed) {

    /** The state at the start of an episode. */
    public static final ValueIterationState START = new ValueIterationState(0);

    /** Validates the counter. */
    public ValueIterationState {
        if (elapsed < 0) {
            throw new IllegalArgumentException("elapsed: expected a non-negative step count, found " + elapsed);
        }
    }
}
