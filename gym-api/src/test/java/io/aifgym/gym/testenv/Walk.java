package io.aifgym.gym.testenv;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Discrete;
import io.aifgym.gym.space.Space;
import java.util.Map;

/**
 * A test env: a walk on 0..size-1 starting at a random interior cell; action 0 moves left,
 * 1 right, but with probability slip the move goes the other way. Reaching either end
 * terminates, with reward 1 at the right end and -1 at the left end.
 */
public final class Walk implements Env<Walk.State, Integer, Integer> {

    /** @param position the cell */
    public record State(int position) {
    }

    private final EnvSpec spec;
    private final int size;
    private final double slip;

    /**
     * @param size number of cells, at least 3
     * @param slip probability of moving the other way
     */
    public Walk(int size, double slip) {
        this(EnvSpec.of("Walk-v0", 0, "a slippery walk between two ends"), size, slip);
    }

    /**
     * @param spec the spec to report
     * @param size number of cells, at least 3
     * @param slip probability of moving the other way
     */
    public Walk(EnvSpec spec, int size, double slip) {
        this.spec = spec;
        this.size = size;
        this.slip = slip;
    }

    @Override
    public EnvSpec spec() {
        return spec;
    }

    @Override
    public Space<Integer> observationSpace() {
        return new Discrete(size);
    }

    @Override
    public Space<Integer> actionSpace() {
        return new Discrete(2);
    }

    @Override
    public Reset<State, Integer> reset(Key key) {
        int start = 1 + key.nextInt(size - 2);
        return new Reset<>(start, new State(start));
    }

    @Override
    public Step<State, Integer> step(Key key, State state, Integer action) {
        actionSpace().require(action, "action");
        int dir = action == 1 ? 1 : -1;
        if (key.uniform() < slip) {
            dir = -dir;
        }
        int next = Math.max(0, Math.min(size - 1, state.position() + dir));
        boolean end = next == 0 || next == size - 1;
        double reward = next == size - 1 ? 1.0 : next == 0 ? -1.0 : 0.0;
        return new Step<>(next, new State(next), reward, end, false, Map.of("position", (double) next));
    }
}
