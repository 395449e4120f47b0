package io.aifgym.agents.baselines.tabular;

/**
 * The bootstrap of a tabular TD update {@code Q(s,a) += alpha (r + gamma * B(s') - Q(s,a))};
 * after a terminal step the bootstrap is 0, after a truncated one it is taken from s'.
 */
public enum TdMethod {
    /** {@code B(s') = max_a Q(s', a)}: off-policy Q-learning (Watkins 1989). */
    Q_LEARNING("q-learning"),
    /**
     * {@code B(s') = Q(s', a')} with a' the action actually chosen next: on-policy SARSA. The
     * update waits for the next {@code act}; if the episode was truncated (so no a' follows),
     * the bootstrap is the policy's expected value at s'.
     */
    SARSA("sarsa"),
    /** {@code B(s') = sum_a pi(a|s') Q(s', a)} under the exploration policy: expected SARSA. */
    EXPECTED_SARSA("expected-sarsa");

    private final String id;

    TdMethod(String id) {
        this.id = id;
    }

    /** @return the agent provider id of this method */
    public String id() {
        return id;
    }
}
