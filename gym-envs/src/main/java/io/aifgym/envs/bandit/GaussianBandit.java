package io.aifgym.envs.bandit;

import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.random.Key;
import java.util.List;
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
public final class GaussianBandit extends KArmedBandit {

    /** The registry id. */
    public static final String ID = "GaussianBandit-v0";

    private static final String DESCRIPTION = "k-armed Gaussian bandit (10-armed testbed); metrics regret and optimal";

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

    /**
     * A Gaussian bandit.
     *
     * @param config the validated config
     */
    public GaussianBandit(Config config) {
        super(EnvSpec.of(ID, Objects.requireNonNull(config, "config").maxEpisodeSteps(), DESCRIPTION),
                config.numArms(), config.means());
        this.config = config;
    }

    /** @return the config */
    public Config config() {
        return config;
    }

    /** {@inheritDoc} Means {@code meanStddev * z}, z standard normal from {@code key.generator()}. */
    @Override
    protected double[] drawArms(Key key) {
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(key.generator());
        double[] mu = new double[config.numArms()];
        for (int i = 0; i < mu.length; i++) {
            mu[i] = config.meanStddev() * normal.sample();
        }
        return mu;
    }

    /** {@inheritDoc} {@code mu + stddev * z}, z standard normal from {@code key.generator()}. */
    @Override
    protected double drawReward(Key key, double mu) {
        return mu + config.stddev() * ZigguratSampler.NormalizedGaussian.of(key.generator()).sample();
    }
}
