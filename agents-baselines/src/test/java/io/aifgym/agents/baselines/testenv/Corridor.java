package io.aifgym.agents.baselines.testenv;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.MultiDiscrete;
import io.aifgym.gym.space.Space;
import java.util.Map;
import java.util.Optional;

/**
 * A pymdp-style corridor with {@code int[]} observations and actions: cells {@code 0 .. n-1}
 * observed as {@code {cell, cell % 2}} in {@code MultiDiscrete([n, 2])}; actions
 * {@code {0}} left, {@code {1}} right, {@code {2}} stay in {@code MultiDiscrete([3])}; start
 * at cell 0; entering the last cell pays 1 and terminates; each other step costs 0.01.
 */
public final class Corridor implements Env<Integer, int[], int[]> {

    private final int length;

    /**
     * A corridor.
     *
     * @param length the number of cells, at least 2
     */
    public Corridor(int length) {
        this.length = length;
    }

    @Override
    public EnvSpec spec() {
        return EnvSpec.of("TestCorridor-v0", 50, "corridor with int[] observations");
    }

    @Override
    public Space<int[]> observationSpace() {
        return new MultiDiscrete(length, 2);
    }

    @Override
    public Space<int[]> actionSpace() {
        return new MultiDiscrete(3);
    }

    @Override
    public Reset<Integer, int[]> reset(Key key) {
        return new Reset<>(new int[] {0, 0}, 0);
    }

    @Override
    public Step<Integer, int[]> step(Key key, Integer state, int[] action) {
        int next = action[0] == 0 ? Math.max(0, state - 1) : action[0] == 1 ? state + 1 : state;
        boolean goal = next == length - 1;
        return new Step<>(new int[] {next, next % 2}, next, goal ? 1.0 : -0.01, goal, false, Map.of());
    }

    @Override
    public Optional<String> render(Integer state) {
        return Optional.of("cell " + state);
    }

    @Override
    public Env<?, ?, ?> unwrapped() {
        return this;
    }
}
