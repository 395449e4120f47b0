package io.aifgym.gym.vector;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One lock-step transition of every slot, columnar. In {@code SAME_STEP} mode a slot whose
 * episode ended already shows the first observation of the next episode, and the ended
 * episode's last observation is {@code finalObservation(i)}.
 *
 * @param observations per slot, the observation after the step
 * @param state the vector state after the step
 * @param rewards per slot
 * @param terminated per slot
 * @param truncated per slot
 * @param finalObservations per slot, the last observation of an episode that ended and was
 *     reset in this step, else null
 * @param metrics per slot, the env's numeric metrics
 * @param <S> the env state
 * @param <O> the observation
 */
public record VectorStep<S, O>(List<O> observations, VectorState<S, O> state, double[] rewards,
        boolean[] terminated, boolean[] truncated, List<O> finalObservations, List<Map<String, Double>> metrics) {

    /** Wraps the columns read-only; arrays are copied. */
    public VectorStep {
        observations = Collections.unmodifiableList(observations);
        finalObservations = Collections.unmodifiableList(finalObservations);
        metrics = Collections.unmodifiableList(metrics);
        rewards = rewards.clone();
        terminated = terminated.clone();
        truncated = truncated.clone();
    }

    /** @return the number of slots */
    public int size() {
        return rewards.length;
    }

    /** @return a copy of the rewards */
    @Override
    public double[] rewards() {
        return rewards.clone();
    }

    /** @return a copy of the terminated flags */
    @Override
    public boolean[] terminated() {
        return terminated.clone();
    }

    /** @return a copy of the truncated flags */
    @Override
    public boolean[] truncated() {
        return truncated.clone();
    }

    /**
     * The reward of one slot.
     *
     * @param i the slot
     * @return its reward
     */
    public double reward(int i) {
        return rewards[i];
    }

    /**
     * Whether one slot's episode ended in this step.
     *
     * @param i the slot
     * @return terminated or truncated
     */
    public boolean done(int i) {
        return terminated[i] || truncated[i];
    }

    /**
     * Whether one slot terminated.
     *
     * @param i the slot
     * @return its terminated flag
     */
    public boolean terminated(int i) {
        return terminated[i];
    }

    /**
     * Whether one slot was truncated.
     *
     * @param i the slot
     * @return its truncated flag
     */
    public boolean truncated(int i) {
        return truncated[i];
    }

    /**
     * The observation that ended slot i's episode, if it was reset in this step.
     *
     * @param i the slot
     * @return the final observation, or null
     */
    public O finalObservation(int i) {
        return finalObservations.get(i);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VectorStep<?, ?> v && v.observations.equals(observations) && v.state.equals(state)
                && Arrays.equals(v.rewards, rewards) && Arrays.equals(v.terminated, terminated)
                && Arrays.equals(v.truncated, truncated) && v.finalObservations.equals(finalObservations)
                && v.metrics.equals(metrics);
    }

    @Override
    public int hashCode() {
        return 31 * observations.hashCode() + Arrays.hashCode(rewards);
    }
}
