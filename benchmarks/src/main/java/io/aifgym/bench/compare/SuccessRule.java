package io.aifgym.bench.compare;

/**
 * When an episode of a comparison counts as a success (the env's {@code success} field).
 * {@link #TERMINAL_REWARD}, the default, fits the goal tasks: GridWorld with goals and
 * FrozenLake end at the goal with a positive reward (a hole ends FrozenLake with 0), the T-maze
 * ends in an arm with +1 or -1.
 */
public enum SuccessRule {

    /** The episode terminated (not truncated) and its last reward was positive. */
    TERMINAL_REWARD,
    /** The episode terminated (reached a terminal state), whatever the reward. */
    TERMINATED,
    /** The episode's undiscounted return was positive. */
    POSITIVE_RETURN,
    /** The env has no notion of success (a bandit): no success rate and no steps to goal. */
    NONE;

    /**
     * Whether an episode succeeded.
     *
     * @param terminated whether it reached a terminal state
     * @param lastReward the reward of its last step
     * @param totalReturn its undiscounted return
     * @return true if it counts as a success ({@link #NONE}: never)
     */
    public boolean success(boolean terminated, double lastReward, double totalReturn) {
        return switch (this) {
            case TERMINAL_REWARD -> terminated && lastReward > 0;
            case TERMINATED -> terminated;
            case POSITIVE_RETURN -> totalReturn > 0;
            case NONE -> false;
        };
    }

    /**
     * Whether success is defined.
     *
     * @return false for {@link #NONE}
     */
    public boolean defined() {
        return this != NONE;
    }
}
