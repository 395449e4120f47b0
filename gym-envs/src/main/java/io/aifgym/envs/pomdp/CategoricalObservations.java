package io.aifgym.envs.pomdp;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Box;
import io.aifgym.gym.space.MultiDiscrete;
import io.aifgym.gym.space.Space;
import java.util.Objects;
import java.util.Optional;

/**
 * One-hot observations for a pymdp-style env (pymdp's {@code categorical_obs=True}): the
 * observation index of every modality becomes its one-hot vector, and the vectors are
 * concatenated in modality order. For modalities with {@code numObs = [No0, No1, ...]} the
 * observation is a {@code double[]} of length {@code No0 + No1 + ...} in
 * {@link Box}{@code (0, 1)}, where modality {@code m} occupies {@code [off_m, off_m + No_m)}
 * with {@code off_m = No0 + ... + No(m-1)} (pymdp's list of {@code (1, No[m])} arrays, flattened).
 * The state, actions, reward and flags are the inner env's.
 *
 * @param <S> the state
 */
public final class CategoricalObservations<S> implements Env<S, double[], int[]> {

    private final Env<S, int[], int[]> env;
    private final MultiDiscrete indices;
    private final Box space;

    /**
     * Wraps an env whose observations are indices per modality.
     *
     * @param env the env, with a {@link MultiDiscrete} observation space
     * @throws IllegalArgumentException if its observation space is not a {@link MultiDiscrete}
     */
    public CategoricalObservations(Env<S, int[], int[]> env) {
        this.env = Objects.requireNonNull(env, "env");
        if (!(env.observationSpace() instanceof MultiDiscrete m)) {
            throw new IllegalArgumentException("env observation space: expected a MultiDiscrete, found "
                    + env.observationSpace().describe());
        }
        this.indices = m;
        this.space = Box.of(0.0, 1.0, m.flatDim());
    }

    /**
     * The env with observations encoded as asked: itself for indices, wrapped for one-hot.
     *
     * @param env the env
     * @param categorical whether to emit one-hot observations
     * @param <S> the state
     * @return the env or its one-hot wrapper
     */
    public static <S> Env<S, ?, int[]> encode(Env<S, int[], int[]> env, boolean categorical) {
        return categorical ? new CategoricalObservations<>(env) : env;
    }

    /** @return the wrapped env */
    public Env<S, int[], int[]> inner() {
        return env;
    }

    /** @return the number of outcomes per modality, which sets the block sizes */
    public int[] numObs() {
        return indices.nvec();
    }

    @Override
    public EnvSpec spec() {
        return env.spec();
    }

    @Override
    public Space<double[]> observationSpace() {
        return space;
    }

    @Override
    public Space<int[]> actionSpace() {
        return env.actionSpace();
    }

    @Override
    public Reset<S, double[]> reset(Key key) {
        Reset<S, int[]> r = env.reset(key);
        return new Reset<>(indices.flatten(r.observation()), r.state());
    }

    @Override
    public Step<S, double[]> step(Key key, S state, int[] action) {
        Step<S, int[]> s = env.step(key, state, action);
        return new Step<>(indices.flatten(s.observation()), s.state(), s.reward(), s.terminated(), s.truncated(),
                s.metrics());
    }

    @Override
    public Optional<String> render(S state) {
        return env.render(state);
    }

    @Override
    public Env<?, ?, ?> unwrapped() {
        return env.unwrapped();
    }
}
