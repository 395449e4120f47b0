package io.aifgym.bench.trivial;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Discrete;
import io.aifgym.gym.space.Space;
import java.util.Optional;

/**
 * A counter: the cheapest env that still exercises every part of a transition, so stepping it
 * measures the API's own overhead.
 *
 * <ul>
 *   <li>Observation: the count so far, {@code Discrete(length + 1)}; 0 after a reset.</li>
 *   <li>Action: {@code Discrete(2)}; 1 adds one to the count, 0 leaves it.</li>
 *   <li>Reward: the action (1.0 for a count, 0.0 otherwise).</li>
 *   <li>Termination: when the count reaches {@code length}. No truncation (no time limit in
 *       the spec), and the key is not used: the env is deterministic. Stepping a terminated
 *       episode is refused with an {@link IllegalStateException}.</li>
 *   <li>State: the count, an {@link Integer}.</li>
 * </ul>
 */
public final class CounterEnv implements Env<Integer, Integer, Integer> {

    private static final EnvSpec SPEC = EnvSpec.of("Counter-v0", 0, "Counts to a target; measures the API's overhead");

    private final int length;
    private final Discrete observationSpace;
    private final Discrete actionSpace = new Discrete(2);

    /**
     * A counter that terminates at {@code length}.
     *
     * @param length the count at which an episode terminates, positive
     * @throws IllegalArgumentException if {@code length <= 0}
     */
    public CounterEnv(int length) {
        if (length <= 0) {
            throw new IllegalArgumentException("length: expected a positive count, found " + length);
        }
        this.length = length;
        this.observationSpace = new Discrete(length + 1);
    }

    /** @return the count at which an episode terminates */
    public int length() {
        return length;
    }

    @Override
    public EnvSpec spec() {
        return SPEC;
    }

    @Override
    public Space<Integer> observationSpace() {
        return observationSpace;
    }

    @Override
    public Space<Integer> actionSpace() {
        return actionSpace;
    }

    @Override
    public Reset<Integer, Integer> reset(Key key) {
        Integer zero = 0;
        return new Reset<>(zero, zero);
    }

    @Override
    public Step<Integer, Integer> step(Key key, Integer state, Integer action) {
        int a = action;
        if (a != 0 && a != 1) {
            throw new IllegalArgumentException("action: expected 0 or 1, found " + a);
        }
        int count = state;
        if (count >= length) {
            throw new IllegalStateException("state: expected an unfinished episode (count below " + length
                    + "), found count " + count);
        }
        Integer next = count + a;
        return next == length ? Step.termination(next, next, a) : Step.transition(next, next, a);
    }

    @Override
    public Optional<String> render(Integer state) {
        return Optional.of(state + "/" + length);
    }
}
