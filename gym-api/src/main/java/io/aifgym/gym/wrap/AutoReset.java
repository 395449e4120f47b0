package io.aifgym.gym.wrap;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Space;
import io.aifgym.gym.vector.AutoresetMode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Starts a new episode when one ends, in one of the {@link AutoresetMode}s. Each step splits
 * its key: child 0 steps the inner env, child 1 resets it when needed. This wrapper is the
 * per-slot logic of {@link io.aifgym.gym.vector.VectorEnv}, so a vector env equals N of these
 * stepped with the vector key's children.
 *
 * <ul>
 *   <li>{@code SAME_STEP}: the step that ends an episode returns the first observation of
 *       the next one, with the reward and flags of the ending step; the last observation
 *       of the ended episode is kept in {@link State#finalObservation()}.</li>
 *   <li>{@code NEXT_STEP}: the ending step is returned as it is; the next step ignores its
 *       action, resets, and returns the first observation with reward 0 and no flags
 *       (Gymnasium's default).</li>
 *   <li>{@code DISABLED}: never resets; stepping a finished episode is the caller's choice.</li>
 * </ul>
 *
 * @param <S> the inner state
 * @param <O> the observation
 * @param <A> the action
 */
public final class AutoReset<S, O, A> implements Env<AutoReset.State<S, O>, O, A> {

    /**
     * The wrapper's state.
     *
     * @param inner the inner env's state
     * @param needsReset whether the next step resets ({@code NEXT_STEP} mode after an episode end)
     * @param finalObservation the last observation of the episode that ended on the step that
     *     produced this state ({@code SAME_STEP} mode), else null
     * @param <S> the inner state type
     * @param <O> the observation type
     */
    public record State<S, O>(S inner, boolean needsReset, O finalObservation) {

        /** Requires the inner state. */
        public State {
            Objects.requireNonNull(inner, "inner");
        }
    }

    private final Env<S, O, A> env;
    private final AutoresetMode mode;

    /**
     * Wraps an env.
     *
     * @param env the inner env
     * @param mode when to reset
     */
    public AutoReset(Env<S, O, A> env, AutoresetMode mode) {
        this.env = Objects.requireNonNull(env, "env");
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /** @return the reset mode */
    public AutoresetMode mode() {
        return mode;
    }

    /** @return the inner env */
    public Env<S, O, A> inner() {
        return env;
    }

    @Override
    public EnvSpec spec() {
        return env.spec();
    }

    @Override
    public Space<O> observationSpace() {
        return env.observationSpace();
    }

    @Override
    public Space<A> actionSpace() {
        return env.actionSpace();
    }

    @Override
    public Reset<State<S, O>, O> reset(Key key) {
        Reset<S, O> r = env.reset(key);
        return new Reset<>(r.observation(), new State<>(r.state(), false, null));
    }

    @Override
    public Step<State<S, O>, O> step(Key key, State<S, O> state, A action) {
        if (state.needsReset()) {
            Reset<S, O> r = env.reset(key.child(1));
            return new Step<>(r.observation(), new State<>(r.state(), false, null), 0.0, false, false, Map.of());
        }
        Step<S, O> s = env.step(key.child(0), state.inner(), action);
        if (!s.done() || mode == AutoresetMode.DISABLED) {
            return s.withState(new State<>(s.state(), false, null));
        }
        if (mode == AutoresetMode.NEXT_STEP) {
            return s.withState(new State<>(s.state(), true, null));
        }
        Reset<S, O> r = env.reset(key.child(1));
        return new Step<>(r.observation(), new State<>(r.state(), false, s.observation()), s.reward(), s.terminated(),
                s.truncated(), s.metrics());
    }

    @Override
    public Optional<String> render(State<S, O> state) {
        return env.render(state.inner());
    }

    @Override
    public Env<?, ?, ?> unwrapped() {
        return env.unwrapped();
    }
}
