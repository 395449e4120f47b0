package io.aifgym.gym.wrap;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Space;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Validates every action against the action space and every observation, reward and metric
 * coming out of the inner env (Gymnasium's {@code env_checker}, Jumanji's
 * {@code spec.validate}). The test kit wraps every env in it; use it while developing an env.
 *
 * @param <S> the state
 * @param <O> the observation
 * @param <A> the action
 */
public final class Checked<S, O, A> implements Env<S, O, A> {

    private final Env<S, O, A> env;

    /**
     * Wraps an env.
     *
     * @param env the env to check
     */
    public Checked(Env<S, O, A> env) {
        this.env = Objects.requireNonNull(env, "env");
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
    public Reset<S, O> reset(Key key) {
        Objects.requireNonNull(key, "key");
        Reset<S, O> r = env.reset(key);
        checkObservation(r.observation(), "reset");
        return r;
    }

    @Override
    public Step<S, O> step(Key key, S state, A action) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(state, "state");
        if (!env.actionSpace().contains(action)) {
            throw new IllegalArgumentException(env.spec().id() + " action: expected a member of "
                    + env.actionSpace().describe() + ", found " + io.aifgym.gym.space.Spaces.show(action));
        }
        Step<S, O> s = env.step(key, state, action);
        checkObservation(s.observation(), "step");
        if (!Double.isFinite(s.reward())) {
            throw new IllegalStateException(env.spec().id() + " step: expected a finite reward, found " + s.reward());
        }
        for (Map.Entry<String, Double> e : s.metrics().entrySet()) {
            if (e.getValue() == null || e.getValue().isNaN()) {
                throw new IllegalStateException(env.spec().id() + " step: metric '" + e.getKey()
                        + "' expected a number, found " + e.getValue());
            }
        }
        return s;
    }

    private void checkObservation(O observation, String where) {
        if (!env.observationSpace().contains(observation)) {
            throw new IllegalStateException(env.spec().id() + " " + where + " observation: expected a member of "
                    + env.observationSpace().describe() + ", found " + io.aifgym.gym.space.Spaces.show(observation));
        }
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
