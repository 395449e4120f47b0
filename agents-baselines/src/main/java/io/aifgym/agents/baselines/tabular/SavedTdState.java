package io.aifgym.agents.baselines.tabular;

/**
 * The saved form of a {@link TdState}, for checkpoints ({@link TdAgent#save}).
 *
 * @param q the Q-table
 * @param steps the number of transitions learned from
 * @param episodes the number of episodes ended
 * @param pending SARSA's update waiting for its next action, or null
 */
public record SavedTdState(SavedTable q, long steps, long episodes, TdState.PendingUpdate pending) {
}
