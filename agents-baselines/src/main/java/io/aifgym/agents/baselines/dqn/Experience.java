package io.aifgym.agents.baselines.dqn;

import java.util.Arrays;

/**
 * One transition in the replay buffer, with flattened observations. The arrays are owned by
 * the experience and never written after it is made.
 */
final class Experience {

    private final double[] observation;
    private final int action;
    private final double reward;
    private final double[] nextObservation;
    private final boolean terminated;

    Experience(double[] observation, int action, double reward, double[] nextObservation, boolean terminated) {
        this.observation = observation;
        this.action = action;
        this.reward = reward;
        this.nextObservation = nextObservation;
        this.terminated = terminated;
    }

    /** Copies the flat observation into {@code out} at {@code offset}. */
    void copyObservation(double[] out, int offset) {
        System.arraycopy(observation, 0, out, offset, observation.length);
    }

    /** Copies the flat next observation into {@code out} at {@code offset}. */
    void copyNextObservation(double[] out, int offset) {
        System.arraycopy(nextObservation, 0, out, offset, nextObservation.length);
    }

    int action() {
        return action;
    }

    double reward() {
        return reward;
    }

    boolean terminated() {
        return terminated;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Experience e && e.action == action && Double.compare(e.reward, reward) == 0
                && e.terminated == terminated && Arrays.equals(e.observation, observation)
                && Arrays.equals(e.nextObservation, nextObservation);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(observation) + action;
    }
}
