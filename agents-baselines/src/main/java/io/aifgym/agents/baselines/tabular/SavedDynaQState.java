package io.aifgym.agents.baselines.tabular;

/**
 * The saved form of a {@link DynaQState}, for checkpoints ({@link DynaQAgent#save}).
 *
 * @param q the Q-table
 * @param model the learned model table
 * @param observed the observation-action pairs seen, in column 0
 * @param numObserved the number of distinct pairs seen
 * @param steps the number of transitions learned from
 * @param episodes the number of episodes ended
 */
public record SavedDynaQState(SavedTable q, SavedTable model, SavedTable observed, int numObserved, long steps,
        long episodes) {
}
