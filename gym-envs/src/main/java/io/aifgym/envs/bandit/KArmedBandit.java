package io.aifgym.envs.bandit;

import io.aifgym.gym.checkpoint.StateCodec;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Discrete;
import io.aifgym.gym.space.Space;
import java.util.List;
import java.util.Map;

/**
 * What every k-armed bandit here shares: a trivial observation, one action per arm, arms that
 * are fixed or drawn from the reset key and kept in the state, the {@code regret} and
 * {@code optimal} metrics, and checkpoints of the arms. A subclass says how arms are drawn and
 * how an arm pays.
 */
public abstract class KArmedBandit implements Env<BanditState, Integer, Integer>,
        StateCodec<BanditState, SavedBanditState> {

    private static final Integer OBSERVATION = 0;

    private final EnvSpec spec;
    private final Arms fixed;
    private final Discrete observationSpace = new Discrete(1);
    private final Discrete actionSpace;

    /**
     * A bandit.
     *
     * @param spec the spec
     * @param numArms the number of arms
     * @param fixedValues the arms' values, or null to draw them at every reset
     */
    protected KArmedBandit(EnvSpec spec, int numArms, List<Double> fixedValues) {
        this.spec = spec;
        this.fixed = fixedValues == null ? null : Arms.of(fixedValues);
        this.actionSpace = new Discrete(numArms);
    }

    /**
     * The arms' values of a new episode when they are not fixed.
     *
     * @param key the reset key
     * @return one value per arm
     */
    protected abstract double[] drawArms(Key key);

    /**
     * The reward of pulling an arm.
     *
     * @param key the step key
     * @param value the arm's value
     * @return the reward
     */
    protected abstract double drawReward(Key key, double value);

    @Override
    public final EnvSpec spec() {
        return spec;
    }

    @Override
    public final Space<Integer> observationSpace() {
        return observationSpace;
    }

    @Override
    public final Space<Integer> actionSpace() {
        return actionSpace;
    }

    /** @return {@link BanditState} */
    @Override
    public final Class<BanditState> stateType() {
        return BanditState.class;
    }

    /** @return {@link SavedBanditState} */
    @Override
    public final Class<SavedBanditState> savedType() {
        return SavedBanditState.class;
    }

    /** {@inheritDoc} Checkpoints save the episode's arms. */
    @Override
    public final SavedBanditState save(BanditState state) {
        return SavedBanditState.of(state);
    }

    @Override
    public final BanditState restore(SavedBanditState saved) {
        return saved.state(actionSpace.n());
    }

    @Override
    public final Reset<BanditState, Integer> reset(Key key) {
        Arms arms = fixed != null ? fixed : Arms.of(drawArms(key));
        return new Reset<>(OBSERVATION, new BanditState(arms));
    }

    @Override
    public final Step<BanditState, Integer> step(Key key, BanditState state, Integer action) {
        actionSpace.require(action, "action");
        Arms arms = state.arms();
        double value = arms.value(action);
        return new Step<>(OBSERVATION, state, drawReward(key, value), false, false,
                Map.of("regret", arms.regret(action), "optimal", value == arms.bestValue() ? 1.0 : 0.0));
    }
}
