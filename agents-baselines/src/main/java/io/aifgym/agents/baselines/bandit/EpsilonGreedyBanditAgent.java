package io.aifgym.agents.baselines.bandit;

import io.aifgym.agents.baselines.SpaceIndexer;
import io.aifgym.agents.baselines.explore.ActionSelection;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.agent.Decision;
import io.aifgym.gym.agent.Transition;
import io.aifgym.gym.checkpoint.StateCodec;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Space;
import java.util.Arrays;
import java.util.Objects;

/**
 * The epsilon-greedy bandit agent (Sutton and Barto 2018, sections 2.2-2.6): with probability
 * epsilon a uniformly random arm, else an arm with the largest estimate (ties broken
 * uniformly), from one uniform draw of the decision's key. Estimates are sample averages or
 * move by a constant step size; initial estimates above the best mean explore optimistically.
 * The schedule's step clock counts pulls. Checkpoints save a state as a
 * {@link SavedEpsilonGreedyState}.
 *
 * @param <O> the observation (ignored)
 * @param <A> the action (arm)
 */
public final class EpsilonGreedyBanditAgent<O, A> implements Agent<EpsilonGreedyState, O, A>,
        StateCodec<EpsilonGreedyState, SavedEpsilonGreedyState> {

    private final EpsilonGreedyConfig config;
    private final SpaceIndexer<A> actions;
    private final int arms;

    private EpsilonGreedyBanditAgent(EpsilonGreedyConfig config, Space<A> actionSpace) {
        this.config = Objects.requireNonNull(config, "config");
        this.actions = SpaceIndexer.of(actionSpace, "action space", "epsilon-greedy");
        this.arms = actions.size();
    }

    /**
     * An agent for an env's action space.
     *
     * @param config the config
     * @param env the env
     * @param <O> the observation
     * @param <A> the action
     * @return the agent
     * @throws IllegalArgumentException if the action space is not finite
     */
    public static <O, A> EpsilonGreedyBanditAgent<O, A> of(EpsilonGreedyConfig config, Env<?, O, A> env) {
        return new EpsilonGreedyBanditAgent<>(config, env.actionSpace());
    }

    /** Every estimate at the initial value; the key is not used. */
    @Override
    public EpsilonGreedyState init(Key key) {
        return fresh(0);
    }

    /** @return {@link EpsilonGreedyState} */
    @Override
    public Class<EpsilonGreedyState> stateType() {
        return EpsilonGreedyState.class;
    }

    /** @return {@link SavedEpsilonGreedyState} */
    @Override
    public Class<SavedEpsilonGreedyState> savedType() {
        return SavedEpsilonGreedyState.class;
    }

    @Override
    public SavedEpsilonGreedyState save(EpsilonGreedyState state) {
        return new SavedEpsilonGreedyState(SavedArmStatistics.of(state.statistics()), state.estimates(),
                state.episodes());
    }

    @Override
    public EpsilonGreedyState restore(SavedEpsilonGreedyState saved) {
        if (saved.statistics() == null || saved.estimates() == null) {
            throw new IllegalArgumentException("statistics and estimates: expected both, found "
                    + (saved.statistics() == null ? "no statistics" : "no estimates"));
        }
        return new EpsilonGreedyState(saved.statistics().statistics(arms), saved.estimates(), saved.episodes());
    }

    private EpsilonGreedyState fresh(long episodes) {
        double[] estimates = new double[arms];
        Arrays.fill(estimates, config.initialValue());
        return new EpsilonGreedyState(ArmStatistics.empty(arms), estimates, episodes);
    }

    @Override
    public Decision<EpsilonGreedyState, A> act(Key key, EpsilonGreedyState state, O observation) {
        double epsilon = config.epsilon().at(state.statistics().total(), state.episodes());
        int arm = ActionSelection.epsilonGreedy(state.estimatesView(), 0, arms, epsilon, key.uniform());
        return Decision.of(actions.valueAt(arm), state);
    }

    @Override
    public EpsilonGreedyState learn(EpsilonGreedyState state, Transition<O, A> transition) {
        int arm = actions.indexOf(transition.action(), "action");
        ArmStatistics statistics = state.statistics().with(arm, transition.reward());
        double[] estimates = state.estimatesView().clone();
        double step = config.stepSize() > 0 ? config.stepSize() : 1.0 / statistics.pulls(arm);
        estimates[arm] += step * (transition.reward() - estimates[arm]);
        long episodes = state.episodes() + (transition.done() ? 1 : 0);
        if (config.resetEachEpisode() && transition.done()) {
            return fresh(episodes);
        }
        return new EpsilonGreedyState(statistics, estimates, episodes);
    }
}
