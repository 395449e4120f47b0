package io.aifgym.agents.baselines.explore;

/** How an agent trades exploration against exploitation of its action values. */
public enum Strategy {
    /**
     * With probability epsilon a uniformly random action, else a greedy one (ties broken
     * uniformly at random).
     */
    EPSILON_GREEDY,
    /**
     * Boltzmann selection: action a with probability proportional to
     * {@code exp(Q(a) / temperature)}.
     */
    SOFTMAX
}
