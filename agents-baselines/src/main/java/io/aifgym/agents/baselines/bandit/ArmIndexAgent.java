package io.aifgym.agents.baselines.bandit;

import io.aifgym.agents.baselines.SpaceIndexer;
import io.aifgym.agents.baselines.explore.ActionSelection;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.agent.Decision;
import io.aifgym.gym.agent.Transition;
import io.aifgym.gym.checkpoint.StateCodec;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Space;
import java.util.Objects;

/**
 * The shared part of the bandit agents whose state is {@link ArmStatistics}: arms are the
 * action space's values, observations are ignored, learning adds the reward to the pulled
 * arm, and a subclass picks the arm. Checkpoints save the statistics as
 * {@link SavedArmStatistics}.
 *
 * @param <O> the observation
 * @param <A> the action
 */
abstract class ArmIndexAgent<O, A> implements Agent<ArmStatistics, O, A>,
        StateCodec<ArmStatistics, SavedArmStatistics> {

    private final String id;
    private final SpaceIndexer<A> actions;
    private final int arms;
    private final boolean bernoulli;
    private final boolean resetEachEpisode;

    ArmIndexAgent(String id, Space<A> actionSpace, boolean bernoulli, boolean resetEachEpisode) {
        this.id = id;
        this.actions = SpaceIndexer.of(Objects.requireNonNull(actionSpace, "actionSpace"), "action space", id);
        this.arms = actions.size();
        this.bernoulli = bernoulli;
        this.resetEachEpisode = resetEachEpisode;
    }

    /** @return the number of arms */
    final int arms() {
        return arms;
    }

    /**
     * The arm to pull.
     *
     * @param key the decision's key
     * @param statistics the statistics so far
     * @return an arm index
     */
    abstract int choose(Key key, ArmStatistics statistics);

    /** @return {@link ArmStatistics} */
    @Override
    public final Class<ArmStatistics> stateType() {
        return ArmStatistics.class;
    }

    /** @return {@link SavedArmStatistics} */
    @Override
    public final Class<SavedArmStatistics> savedType() {
        return SavedArmStatistics.class;
    }

    @Override
    public final SavedArmStatistics save(ArmStatistics state) {
        return SavedArmStatistics.of(state);
    }

    @Override
    public final ArmStatistics restore(SavedArmStatistics saved) {
        return saved.statistics(arms);
    }

    /** Statistics of arms never pulled; the key is not used. */
    @Override
    public ArmStatistics init(Key key) {
        return ArmStatistics.empty(arms);
    }

    @Override
    public Decision<ArmStatistics, A> act(Key key, ArmStatistics state, O observation) {
        return Decision.of(actions.valueAt(choose(key, state)), state);
    }

    /**
     * Adds the reward to the pulled arm; when the step ends an episode and the agent resets
     * each episode, returns empty statistics instead.
     *
     * @throws IllegalArgumentException if the reward is not finite, or outside {@code [0, 1]}
     *     for a Bernoulli likelihood
     */
    @Override
    public ArmStatistics learn(ArmStatistics state, Transition<O, A> transition) {
        double reward = transition.reward();
        if (bernoulli && !(reward >= 0 && reward <= 1)) {
            throw new IllegalArgumentException(id + " reward: expected a value in [0, 1] for a Bernoulli likelihood,"
                    + " found " + reward);
        }
        ArmStatistics next = state.with(actions.indexOf(transition.action(), "action"), reward);
        return resetEachEpisode && transition.done() ? ArmStatistics.empty(arms) : next;
    }

    /**
     * The arm with the largest index value, ties broken uniformly by {@code u}.
     *
     * @param indices one index value per arm (may be infinite)
     * @param u a uniform number in {@code [0, 1)}
     * @return the arm
     */
    static int argmaxWithTies(double[] indices, double u) {
        return ActionSelection.greedy(indices, 0, indices.length, u);
    }
}
