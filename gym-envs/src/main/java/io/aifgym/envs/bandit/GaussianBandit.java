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
import java.util.Objects;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * A k-armed Gaussian bandit, Sutton and Barto's 10-armed testbed by default: arm {@code a} pays
 * a normal reward with mean {@code mu[a]} and standard deviation {@code stddev}.
 *
 * <p><b>Observation.</b> {@code Integer} in {@code Discrete(1)}: always 0.
 *
 * <p><b>Action.</b> {@code Integer} in {@code Discrete(numArms)}: the arm to pull.
 *
 * <p><b>Reward.</b> {@code mu[a] + stddev * z} with {@code z} standard normal (Commons RNG's
 * ziggurat sampler on {@code key.generator()}). Metrics: {@code regret}, the expected regret
 * {@code max(mu) - mu[a]}, and {@code optimal}, 1.0 if {@code mu[a] = max(mu)} else 0.0.
 *
 * <p><b>Termination and truncation.</b> Never terminated; truncated after
 * {@code maxEpisodeSteps} (1000) pulls.
 *
 * <p><b>State.</b> {@link BanditState}: the arms' means, given in the config or drawn from a
 * normal with mean 0 and standard deviation {@code meanStddev} (1) from the reset key.
 */
public final class GaussianBandit implements Env<BanditState, Integer, Integer>,
        StateCodec<BanditState, SavedBanditState> {

    /** The registry id. */
    public static final String ID = "GaussianBandit-v0";

    private static final String DESCRIPTION = "k-armed Gaussian bandit (10-armed testbed); metrics regret and optimal";
    private static final Integer OBSERVATION = 0;

    /**
     * The configuration, bound from JSON or YAML.
     *
     * @param numArms the number of arms, positive (default 10)
     * @param means the mean reward of each arm, finite, or null to draw them at every reset
     *     (default null)
     * @param meanStddev the standard deviation of drawn means around 0, non-negative (default 1)
     * @param stddev the standard deviation of a reward around its arm's mean, non-negative (default 1)
     * @param maxEpisodeSteps the time limit, 0 for none (default 1000)
     */
    public record Config(int numArms, List<Double> means, double meanStddev, double stddev, int maxEpisodeSteps) {

        /** The 10-armed testbed: means drawn from N(0, 1) at every reset, unit reward noise. */
        public static final Config DEFAULT = new Config(10, null, 1.0, 1.0, 1000);

        /** Validates every field and copies the list. */
        public Config {
            if (numArms <= 0) {
                throw new IllegalArgumentException("numArms: expected a positive number of arms, found " + numArms);
            }
            if (means != null) {
                if (means.size() != numArms) {
                    throw new IllegalArgumentException("means: expected one per arm (" + numArms + "), found "
                            + means.size());
                }
                for (int i = 0; i < numArms; i++) {
                    Double m = means.get(i);
                    if (m == null || !Double.isFinite(m)) {
                        throw new IllegalArgumentException("means[" + i + "]: expected a finite number, found " + m);
                    }
                }
                means = List.copyOf(means);
            }
            if (!(meanStddev >= 0) || !Double.isFinite(meanStddev)) {
                throw new IllegalArgumentException("meanStddev: expected a non-negative finite number, found "
                        + meanStddev);
            }
            if (!(stddev >= 0) || !Double.isFinite(stddev)) {
                throw new IllegalArgumentException("stddev: expected a non-negative finite number, found " + stddev);
            }
            if (maxEpisodeSteps < 0) {
                throw new IllegalArgumentException("maxEpisodeSteps: expected 0 (no limit) or a positive limit, found "
                        + maxEpisodeSteps);
            }
        }

        /**
         * Fixed arms with unit noise.
         *
         * @param means the mean rewards
         * @return the config
         */
        public static Config of(List<Double> means) {
            return new Config(means.size(), means, 1.0, 1.0, 1000);
        }
    }

    private final Config config;
    private final EnvSpec spec;
    private final Arms fixed;
    private final Discrete observationSpace = new Discrete(1);
    private final Discrete actionSpace;

    /**
     * A Gaussian bandit.
     *
     * @param config the validated config
     */
    public GaussianBandit(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        this.spec = EnvSpec.of(ID, config.maxEpisodeSteps(), DESCRIPTION);
        this.fixed = config.means() == null ? null : Arms.of(config.means());
        this.actionSpace = new Discrete(config.numArms());
    }

    /** @return the config */
    public Config config() {
        return config;
    }

    @Override
    public EnvSpec spec() {
        return spec;
    }

    @Override
    public Space<Integer> observationSpace() {
        return observationSpace;
    }

    /** @return {@link BanditState} */
    @Override
    public Class<BanditState> stateType() {
        return BanditState.class;
    }

    /** @return {@link SavedBanditState} */
    @Override
    public Class<SavedBanditState> savedType() {
        return SavedBanditState.class;
    }

    /** {@inheritDoc} Checkpoints save the episode's arms. */
    @Override
    public SavedBanditState save(BanditState state) {
        return SavedBanditState.of(state);
    }

    @Override
    public BanditState restore(SavedBanditState saved) {
        return saved.state(actionSpace.n());
    }

    @Override
    public Space<Integer> actionSpace() {
        return actionSpace;
    }

    @Override
    public Reset<BanditState, Integer> reset(Key key) {
        if (fixed != null) {
            return new Reset<>(OBSERVATION, new BanditState(fixed));
        }
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(key.generator());
        double[] mu = new double[config.numArms()];
        for (int i = 0; i < mu.length; i++) {
            mu[i] = config.meanStddev() * normal.sample();
        }
        return new Reset<>(OBSERVATION, new BanditState(Arms.of(mu)));
    }

    @Override
    public Step<BanditState, Integer> step(Key key, BanditState state, Integer action) {
        actionSpace.require(action, "action");
        Arms arms = state.arms();
        double mu = arms.value(action);
        double reward = mu + config.stddev() * ZigguratSampler.NormalizedGaussian.of(key.generator()).sample();
        return new Step<>(OBSERVATION, state, reward, false, false,
                Map.of("regret", arms.regret(action), "optimal", mu == arms.bestValue() ? 1.0 : 0.0));
    }
}
