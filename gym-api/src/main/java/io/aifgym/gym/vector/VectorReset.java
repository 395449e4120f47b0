package io.aifgym.gym.vector;

import java.util.List;

/**
 * The start of every slot's episode.
 *
 * @param observations one observation per slot
 * @param state the vector state
 * @param <S> the env state
 * @param <O> the observation
 */
public record VectorReset<S, O>(List<O> observations, VectorState<S, O> state) {

    /** Copies the list. */
    public VectorReset {
        observations = List.copyOf(observations);
    }
}
