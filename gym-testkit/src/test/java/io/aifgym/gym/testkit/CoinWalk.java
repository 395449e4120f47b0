package io.aifgym.gym.testkit;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Discrete;
import io.aifgym.gym.space.Space;
import java.util.Map;

/** A small stochastic env for the kit's own tests: a walk on 0..4 that ends at either end. */
final class CoinWalk implements Env<CoinWalk.State, Integer, Integer> {

    record State(int position) {
    }

    @Override
    public EnvSpec spec() {
        return EnvSpec.of("CoinWalk-v0", 0, "a slippery walk for the test kit's tests");
    }

    @Override
    public Space<Integer> observationSpace() {
        return new Discrete(5);
    }

    @Override
    public Space<Integer> actionSpace() {
        return new Discrete(2);
    }

    @Override
    public Reset<State, Integer> reset(Key key) {
        int p = 1 + key.nextInt(3);
        return new Reset<>(p, new State(p));
    }

    @Override
    public Step<State, Integer> step(Key key, State state, Integer action) {
        actionSpace().require(action, "action");
        int dir = (action == 1) == (key.uniform() < 0.8) ? 1 : -1;
        int next = Math.max(0, Math.min(4, state.position() + dir));
        boolean end = next == 0 || next == 4;
        return new Step<>(next, new State(next), next == 4 ? 1 : 0, end, false, Map.of("x", (double) next));
    }
}
