package io.aifgym.gym.wrap;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Space;
import java.util.Objects;
import java.util.Optional;

/**
 * Truncates episodes after {@code maxSteps} steps (Gymnasium's {@code TimeLimit}); the step
 * counter lives in the wrapper's own state, nesting the inner state. The registry applies it
 * from {@link EnvSpec#maxEpisodeSteps()}. A step that both terminates and reaches the limit
 * reports {@code terminated} and {@code truncated}.
 *
 * @param <S> the inner state
 * @param <O> the observation
 * @param <A> the action
 */
public final class TimeLimit<S, O, A> implements Env<TimeLimit.State<S>, O, A> {

    /**
     * The wrapper's state.
     *
     * @param inner the inner env's state
     * @param elapsed the steps taken in this episode
     * @param <S> the inner state type
     */
    public record State<S>(S inner, int elapsed) {
    }

    private final Env<S, O, A> env;
    private final int maxSteps;

    /**
     * Wraps an env.
     *
     * @param env the inner env
     * @param maxSteps the episode limit, positive
     */
    public TimeLimit(Env<S, O, A> env, int maxSteps) {
        this.env = Objects.requireNonNull(env, "env");
        if (maxSteps <= 0) {
            throw new IllegalArgumentException("TimeLimit.maxSteps: expected a positive limit, found " + maxSteps);
        }
        this.maxSteps = maxSteps;
    }

    /** @return the inner env */
    public Env<S, O, A> inner() {
        return env;
    }

    /** @return the limit */
    public int maxSteps() {
        return maxSteps;
    }

    @Override
    public EnvSpec spec() {
        return env.spec().withMaxEpisodeSteps(maxSteps);
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
    public Reset<State<S>, O> reset(Key key) {
        Reset<S, O> r = env.reset(key);
        return new Reset<>(r.observation(), new State<>(r.state(), 0));
    }

    @Override
    public Step<State<S>, O> step(Key key, State<S> state, A action) {
        Step<S, O> s = env.step(key, state.inner(), action);
        int elapsed = state.elapsed() + 1;
        boolean truncated = s.truncated() || elapsed >= maxSteps;
        return new Step<>(s.observation(), new State<>(s.state(), elapsed), s.reward(), s.terminated(), truncated,
                s.metrics());
    }

    @Override
    public Optional<String> render(State<S> state) {
        return env.render(state.inner());
    }

    @Override
    public Env<?, ?, ?> unwrapped() {
        return env.unwrapped();
    }
}
