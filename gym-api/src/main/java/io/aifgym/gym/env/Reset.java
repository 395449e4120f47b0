package io.aifgym.gym.env;

import java.util.Objects;

/**
 * The start of an episode: first observation and state.
 *
 * @param observation the first observation
 * @param state the first state
 * @param <S> the state type
 * @param <O> the observation type
 */
public record Reset<S, O>(O observation, S state) {

    /** Requires both parts. */
    public Reset {
        Objects.requireNonNull(observation, "observation");
        Objects.requireNonNull(state, "state");
    }
}
