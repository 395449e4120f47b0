package io.aifgym.gym.env;

import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Space;
import java.util.Optional;

/**
 * An environment: an immutable, stateless transition function (gymnax's contract). The
 * episode lives in a state value {@code S} passed in and returned; the same env instance
 * may be shared by every slot of a vector env and every thread.
 *
 * <pre>{@code
 * Reset<S, O> r = env.reset(key.child(0));
 * Step<S, O> s = env.step(key.child(1), r.state(), action);
 * }</pre>
 *
 * <p>{@link #step} never resets: at the end of an episode wrap the env in
 * {@link io.aifgym.gym.wrap.AutoReset} or step it through a
 * {@link io.aifgym.gym.vector.VectorEnv}.
 *
 * @param <S> the env state
 * @param <O> the observation
 * @param <A> the action
 */
public interface Env<S, O, A> {

    /**
     * The spec: versioned id and episode limit.
     *
     * @return the spec
     */
    EnvSpec spec();

    /**
     * The space of observations.
     *
     * @return the observation space
     */
    Space<O> observationSpace();

    /**
     * The space of actions.
     *
     * @return the action space
     */
    Space<A> actionSpace();

    /**
     * Starts an episode.
     *
     * @param key the key that determines the initial state
     * @return the first observation and state
     */
    Reset<S, O> reset(Key key);

    /**
     * One transition. The input state is not changed.
     *
     * @param key the key that determines the transition
     * @param state the current state
     * @param action an action inside {@link #actionSpace()}
     * @return the observation, next state, reward and flags
     * @throws IllegalArgumentException if the action is outside the action space (envs check
     *     what is cheap; {@link io.aifgym.gym.wrap.Checked} checks everything)
     */
    Step<S, O> step(Key key, S state, A action);

    /**
     * The state as text, as Gymnasium's {@code ansi} render mode; empty where the env has no
     * text rendering.
     *
     * @param state a state of this env
     * @return the rendering
     */
    default Optional<String> render(S state) {
        return Optional.empty();
    }

    /**
     * The innermost env under any wrappers, where capabilities such as a generative process
     * are found.
     *
     * @return the unwrapped env ({@code this} for an env that wraps nothing)
     */
    default Env<?, ?, ?> unwrapped() {
        return this;
    }
}
