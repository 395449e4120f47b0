package io.aifgym.envs.bandit;

import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.random.Key;
import java.util.List;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A k-armed Bernoulli bandit: arm {@code a} pays 1 with probability {@code p[a]}, else 0.
 *
 * <p><b>Observation.</b> {@code Integer} in {@code Discrete(1)}: always 0 (a bandit has nothing
 * to observe).
 *
 * <p><b>Action.</b> {@code Integer} in {@code Discrete(numArms)}: the arm to pull.
 *
 * <p><b>Reward.</b> 1 with probability {@code p[a]} (drawn with {@code key.uniform()}), else 0.
 * Metrics: {@code regret}, the expected regret of the pull {@code max(p) - p[a]}, and
 * {@code optimal}, 1.0 if {@code p[a] = max(p)} else 0.0.
 *
 * <p><b>Termination and truncation.</b> Never terminated; truncated after
 * {@code maxEpisodeSteps} (1000) pulls.
 *
 * <p><b>State.</b> {@link BanditState}: the arms' probabilities, given in the config or drawn
 * uniformly in [0, 1) from the reset key ({@code key.generator()}, one draw per arm).
 */
public final class BernoulliBandit extends KArmedBandit {

    /** The registry id. */
    public static final String ID = "BernoulliBandit-v0";

    private static final String DESCRIPTION = "k-armed Bernoulli bandit; metrics regret and optimal";

    /**
     * The configuration, bound from JSON or YAML.
     *
     * @param numArms the number of arms, positive (default 10)
     * @param probabilities the success probability of each arm in [0, 1], or null to draw them
     *     at every reset (default null)
     * @param maxEpisodeSteps the time limit, 0 for none (default 1000)
     */
    public record Config(int numArms, List<Double> probabilities, int maxEpisodeSteps) {

        /** Ten arms drawn at every reset, 1000 pulls per episode. */
        public static final Config DEFAULT = new Config(10, null, 1000);

        /** Validates every field and copies the list. */
        public Config {
            if (numArms <= 0) {
                throw new IllegalArgumentException("numArms: expected a positive number of arms, found " + numArms);
            }
            if (probabilities != null) {
                if (probabilities.size() != numArms) {
                    throw new IllegalArgumentException("probabilities: expected one per arm (" + numArms + "), found "
                            + probabilities.size());
                }
                for (int i = 0; i < numArms; i++) {
                    Double p = probabilities.get(i);
                    if (p == null || !(p >= 0 && p <= 1)) {
                        throw new IllegalArgumentException("probabilities[" + i
                                + "]: expected a probability in [0, 1], found " + p);
                    }
                }
                probabilities = List.copyOf(probabilities);
            }
            if (maxEpisodeSteps < 0) {
                throw new IllegalArgumentException("maxEpisodeSteps: expected 0 (no limit) or a positive limit, found "
                        + maxEpisodeSteps);
            }
        }

        /**
         * Fixed arms.
         *
         * @param probabilities the success probabilities
         * @return the config
         */
        public static Config of(List<Double> probabilities) {
            return new Config(probabilities.size(), probabilities, 1000);
        }
    }

    private final Config config;

    /**
     * A Bernoulli bandit.
     *
     * @param config the validated config
     */
    public BernoulliBandit(Config config) {
        super(EnvSpec.of(ID, Objects.requireNonNull(config, "config").maxEpisodeSteps(), DESCRIPTION),
                config.numArms(), config.probabilities());
        this.config = config;
    }

    /** @return the config */
    public Config config() {
        return config;
    }

    /** {@inheritDoc} Uniform probabilities in [0, 1) from {@code key.generator()}. */
    @Override
    protected double[] drawArms(Key key) {
        UniformRandomProvider g = key.generator();
        double[] p = new double[config.numArms()];
        for (int i = 0; i < p.length; i++) {
            p[i] = g.nextDouble();
        }
        return p;
    }

    /** {@inheritDoc} 1 with the arm's probability, by {@code key.uniform()}, else 0. */
    @Override
    protected double drawReward(Key key, double p) {
        return key.uniform() < p ? 1.0 : 0.0;
    }
}
