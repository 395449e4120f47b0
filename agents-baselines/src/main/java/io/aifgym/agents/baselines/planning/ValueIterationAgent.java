package io.aifgym.agents.baselines.planning;

import io.aifgym.agents.baselines.SpaceIndexer;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.agent.Decision;
import io.aifgym.gym.agent.Transition;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.model.HasGenerativeProcess;
import io.aifgym.gym.model.HasTabularModel;
import io.aifgym.gym.model.TabularModel;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Space;
import java.util.Map;
import java.util.Objects;

/**
 * Follows the plan of value iteration on the env's known model: the Bellman-optimal reference
 * of a comparison. The plan is computed once, when the agent is made, from the
 * {@link TabularModel} that {@code env.unwrapped()} exposes through {@link HasTabularModel};
 * the observation's index is the model's state.
 *
 * <p>With {@link Horizon#EPISODE_LIMIT} and an env whose spec has an episode limit H, the plan
 * is non-stationary ({@link ValueIteration#solveFinite}) and optimal for the return counted
 * within the limit: the agent state counts the steps of the current episode (reset by
 * {@link #learn} when an episode ends) and acts on the {@code H - elapsed} steps left (an
 * episode that outlasts the limit, in an env not wrapped in its time limit, goes on with the
 * plan for H steps left). Else the
 * plan is stationary ({@link ValueIteration#solve}). Each decision reports the value of the
 * state as the diagnostic {@code "value"}. The agent draws nothing from its keys.
 *
 * <p>An env that exposes only a generative process (A, B, D) carries no reward model in
 * gym-api, so planning on it is refused with a message saying so; such an env can also
 * implement {@link HasTabularModel} over its fully observed state to be planned on.
 *
 * @param <O> the observation (its index is the model's state)
 * @param <A> the action
 */
public final class ValueIterationAgent<O, A> implements Agent<ValueIterationState, O, A> {

    private static final String ID = "value-iteration";

    private final Plan plan;
    private final TabularModel model;
    private final SpaceIndexer<O> observations;
    private final SpaceIndexer<A> actions;

    private ValueIterationAgent(Plan plan, TabularModel model, Space<O> observationSpace, Space<A> actionSpace) {
        this.plan = plan;
        this.model = model;
        this.observations = SpaceIndexer.of(observationSpace, "observation space", ID);
        this.actions = SpaceIndexer.of(actionSpace, "action space", ID);
    }

    /**
     * Plans on an env's model.
     *
     * @param config the config
     * @param env the env; {@code env.unwrapped()} must implement {@link HasTabularModel}
     * @param <O> the observation
     * @param <A> the action
     * @return the agent
     * @throws IllegalArgumentException if the env exposes no tabular model, if its spaces do
     *     not match the model, or if value iteration does not converge
     */
    public static <O, A> ValueIterationAgent<O, A> of(ValueIterationConfig config, Env<?, O, A> env) {
        Objects.requireNonNull(config, "config");
        Env<?, ?, ?> inner = env.unwrapped();
        String name = env.spec().id().toString();
        if (!(inner instanceof HasTabularModel tabular)) {
            if (inner instanceof HasGenerativeProcess) {
                throw new IllegalArgumentException(ID + ": " + name + " exposes a generative process (A, B, D) but no"
                        + " reward model, so it cannot be planned on; value iteration needs an env that implements"
                        + " HasTabularModel (transition probabilities, rewards and terminations of its fully"
                        + " observed state)");
            }
            throw new IllegalArgumentException(ID + ": expected an env that exposes its model through"
                    + " HasTabularModel, found " + name + " (" + inner.getClass().getSimpleName() + ")");
        }
        TabularModel model = tabular.tabularModel();
        Space<O> observations = env.observationSpace();
        Space<A> actions = env.actionSpace();
        if (observations.cardinality() != model.numStates()) {
            throw new IllegalArgumentException(ID + ": expected an observation space that identifies each of the "
                    + model.numStates() + " model states, found " + observations.describe()
                    + "; value iteration plans on fully observed states");
        }
        if (actions.cardinality() != model.numActions()) {
            throw new IllegalArgumentException(ID + ": expected an action space of the model's " + model.numActions()
                    + " actions, found " + actions.describe());
        }
        int limit = env.spec().maxEpisodeSteps();
        Plan plan;
        if (config.horizon() == Horizon.EPISODE_LIMIT && limit > 0) {
            plan = ValueIteration.solveFinite(model, limit, config.discount(), config.tieBreakDiscount());
        } else {
            plan = ValueIteration.solve(model, config.discount(), config.tieBreakDiscount(), config.tolerance(),
                    config.maxIterations());
            if (!plan.converged()) {
                throw new IllegalArgumentException(ID + ": value iteration did not converge on " + name + " within "
                        + config.maxIterations() + " sweeps (last change " + plan.residual() + ", tolerance "
                        + config.tolerance() + "); lower the discount below 1, or raise maxIterations or tolerance");
            }
        }
        return new ValueIterationAgent<>(plan, model, observations, actions);
    }

    /** @return the plan the agent follows */
    public Plan plan() {
        return plan;
    }

    /** @return the model it was planned on */
    public TabularModel model() {
        return model;
    }

    /** The start of an episode; the key is not used. */
    @Override
    public ValueIterationState init(Key key) {
        return ValueIterationState.START;
    }

    @Override
    public Decision<ValueIterationState, A> act(Key key, ValueIterationState state, O observation) {
        int s = observations.indexOf(observation, "observation");
        int left = plan.horizon() - state.elapsed();
        if (left < 1) {
            left = plan.horizon();
        }
        return new Decision<>(actions.valueAt(plan.action(s, left)), state,
                Map.of("value", plan.value(s, left)));
    }

    /** Counts the step, or starts a new episode's count when the transition ends one. */
    @Override
    public ValueIterationState learn(ValueIterationState state, Transition<O, A> transition) {
        return transition.done() ? ValueIterationState.START : new ValueIterationState(state.elapsed() + 1);
    }
}
