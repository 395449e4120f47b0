package io.aifgym.agents.baselines.tabular;

import java.util.Objects;

/**
 * The state of a {@link TdAgent}: its Q-table, its experience counters (which drive the
 * schedules) and, for SARSA, the update that waits for the next action.
 *
 * @param q the Q-table, observations x actions
 * @param steps the number of transitions learned from
 * @param episodes the number of episodes ended
 * @param pending SARSA's update waiting for its next action, else null
 */
public record TdState(PersistentTable q, long steps, long episodes, PendingUpdate pending) {

    /** Requires the table and non-negative counters. */
    public TdState {
        Objects.requireNonNull(q, "q");
        if (steps < 0 || episodes < 0) {
            throw new IllegalArgumentException("steps and episodes: expected non-negative counters, found " + steps
                    + " and " + episodes);
        }
    }

    /**
     * A SARSA transition whose bootstrap {@code Q(next, a')} waits for the action a' chosen
     * at {@code next}.
     *
     * @param state the observation index the action was taken in
     * @param action the action index
     * @param reward the reward
     * @param next the observation index reached
     */
    public record PendingUpdate(int state, int action, double reward, int next) {
    }
}
