package io.aifgym.gym.vector;

import io.aifgym.gym.wrap.AutoReset;
import java.util.List;

/**
 * The state of every slot of a {@link VectorEnv}: the per-slot state of
 * {@link AutoReset}, which nests the env's own state.
 *
 * @param slots the slot states, immutable
 * @param <S> the env state
 * @param <O> the observation
 */
public record VectorState<S, O>(List<AutoReset.State<S, O>> slots) {

    /** Copies the list. */
    public VectorState {
        slots = List.copyOf(slots);
    }

    /** @return the number of slots */
    public int size() {
        return slots.size();
    }

    /**
     * The env state of one slot.
     *
     * @param i the slot
     * @return its env state
     */
    public S envState(int i) {
        return slots.get(i).inner();
    }
}
