package io.aifgym.agents.baselines.random;

import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.agent.Decision;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Space;
import java.util.Objects;

/**
 * Acts uniformly at random: each action is {@code actionSpace.sample(key)} with the decision's
 * key, so any space works: finite spaces uniformly over their values, a {@code Box} uniformly
 * within finite bounds (with the documented fallbacks of {@link io.aifgym.gym.space.Box#sample}
 * for infinite ones). It ignores observations and does not learn.
 *
 * @param <O> the observation
 * @param <A> the action
 */
public final class RandomAgent<O, A> implements Agent<RandomState, O, A> {

    private final Space<A> actionSpace;

    private RandomAgent(Space<A> actionSpace) {
        this.actionSpace = Objects.requireNonNull(actionSpace, "actionSpace");
    }

    /**
     * An agent for an env's action space.
     *
     * @param env the env
     * @param <O> the observation
     * @param <A> the action
     * @return the agent
     */
    public static <O, A> RandomAgent<O, A> of(Env<?, O, A> env) {
        return new RandomAgent<>(env.actionSpace());
    }

    /**
     * An agent for an action space.
     *
     * @param actionSpace the action space
     * @param <O> the observation
     * @param <A> the action
     * @return the agent
     */
    public static <O, A> RandomAgent<O, A> over(Space<A> actionSpace) {
        return new RandomAgent<>(actionSpace);
    }

    @Override
    public RandomState init(Key key) {
        return new RandomState(0);
    }

    @Override
    public Decision<RandomState, A> act(Key key, RandomState state, O observation) {
        return Decision.of(actionSpace.sample(key), new RandomState(state.decisions() + 1));
    }
}
