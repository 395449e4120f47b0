package io.aifgym.gym.env;

import java.util.Map;
import java.util.Objects;

/**
 * The result of one transition, with {@code terminated} (the MDP ended: bootstrap with 0)
 * kept apart from {@code truncated} (an outside limit ended it: bootstrap from the state).
 *
 * @param observation the observation after the transition
 * @param state the next state
 * @param reward the reward of the transition
 * @param terminated whether a terminal state was reached
 * @param truncated whether the episode was cut by a limit
 * @param metrics numeric extras (regret, distance...), immutable
 * @param <S> the state type
 * @param <O> the observation type
 */
public record Step<S, O>(O observation, S state, double reward, boolean terminated, boolean truncated,
        Map<String, Double> metrics) {

    /** Requires the parts and copies the metrics. */
    public Step {
        Objects.requireNonNull(observation, "observation");
        Objects.requireNonNull(state, "state");
        metrics = Map.copyOf(metrics);
    }

    /**
     * A step that neither terminates nor truncates, without metrics.
     *
     * @param observation the observation
     * @param state the next state
     * @param reward the reward
     * @param <S> the state type
     * @param <O> the observation type
     * @return the step
     */
    public static <S, O> Step<S, O> transition(O observation, S state, double reward) {
        return new Step<>(observation, state, reward, false, false, Map.of());
    }

    /**
     * A step that reaches a terminal state, without metrics.
     *
     * @param observation the observation
     * @param state the next state
     * @param reward the reward
     * @param <S> the state type
     * @param <O> the observation type
     * @return the step
     */
    public static <S, O> Step<S, O> termination(O observation, S state, double reward) {
        return new Step<>(observation, state, reward, true, false, Map.of());
    }

    /**
     * Whether the episode is over.
     *
     * @return {@code terminated || truncated}
     */
    public boolean done() {
        return terminated || truncated;
    }

    /**
     * This step with another state, for wrappers that nest the inner state.
     *
     * @param newState the state to carry
     * @param <T> the new state type
     * @return the same step over {@code newState}
     */
    public <T> Step<T, O> withState(T newState) {
        return new Step<>(observation, newState, reward, terminated, truncated, metrics);
    }
}
