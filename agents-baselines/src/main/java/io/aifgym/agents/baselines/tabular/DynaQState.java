package io.aifgym.agents.baselines.tabular;

import java.util.Objects;

/**
 * The state of a {@link DynaQAgent}: Q-table, learned model and experience counters.
 *
 * @param q the Q-table, observations x actions
 * @param model per observation row, three columns per action: the last reward seen, the last
 *     next-observation index plus one (0 while the pair is unseen) and 1 if that step
 *     terminated, else 0
 * @param observed the observation-action pairs seen so far ({@code s * numActions + a}), in
 *     the order first seen, in column 0 of the first {@code numObserved} rows
 * @param numObserved the number of distinct pairs seen
 * @param steps the number of transitions learned from
 * @param episodes the number of episodes ended
 */
public record DynaQState(PersistentTable q, PersistentTable model, PersistentTable observed, int numObserved,
        long steps, long episodes) {

    /** Requires the tables and consistent counters. */
    public DynaQState {
        Objects.requireNonNull(q, "q");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(observed, "observed");
        if (numObserved < 0 || numObserved > observed.rows()) {
            throw new IllegalArgumentException("numObserved: expected a count in [0, " + observed.rows()
                    + "], found " + numObserved);
        }
        if (steps < 0 || episodes < 0) {
            throw new IllegalArgumentException("steps and episodes: expected non-negative counters, found " + steps
                    + " and " + episodes);
        }
    }
}
