package io.aifgym.agents.baselines.bandit;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Space;
import java.util.Objects;

/**
 * Bayes-UCB (Kaufmann, Cappé and Garivier 2012), anytime form: at round t (1 for the first
 * pull) pull the arm whose posterior has the largest quantile of level
 * {@code 1 - 1 / (t * max(1, ln t)^c)}. Bernoulli arms have Beta posteriors
 * {@code Beta(alpha + S_a, beta + n_a - S_a)}; Gaussian arms have the normal posteriors of
 * {@link GaussianPrior}. Ties are broken uniformly with one draw of the decision's key.
 *
 * @param <O> the observation (ignored)
 * @param <A> the action (arm)
 */
public final class BayesUcbAgent<O, A> extends ArmIndexAgent<O, A> {

    private final BayesUcbConfig config;

    private BayesUcbAgent(BayesUcbConfig config, Space<A> actionSpace) {
        super("bayes-ucb", actionSpace, config.likelihood() == Likelihood.BERNOULLI, config.resetEachEpisode());
        this.config = Objects.requireNonNull(config, "config");
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
    public static <O, A> BayesUcbAgent<O, A> of(BayesUcbConfig config, Env<?, O, A> env) {
        return new BayesUcbAgent<>(Objects.requireNonNull(config, "config"), env.actionSpace());
    }

    /**
     * The quantile level at round t.
     *
     * @param round the round, 1 for the first pull
     * @return the level in (0, 1)
     */
    double level(long round) {
        double scale = round * Math.pow(Math.max(1.0, Math.log(round)), config.horizonExponent());
        return 1 - 1 / Math.max(scale, 2.0);
    }

    /**
     * The upper quantile of each arm's posterior at the current round.
     *
     * @param statistics the statistics
     * @return one index per arm
     */
    double[] indices(ArmStatistics statistics) {
        double level = level(statistics.total() + 1);
        double[] indices = new double[arms()];
        for (int a = 0; a < indices.length; a++) {
            long n = statistics.pulls(a);
            double s = statistics.sum(a);
            if (config.likelihood() == Likelihood.BERNOULLI) {
                BetaPrior prior = config.betaPrior();
                indices[a] = Quantiles.betaQuantile(level, prior.alpha() + s, prior.beta() + n - s);
            } else {
                GaussianPrior prior = config.gaussianPrior();
                indices[a] = prior.posteriorMean(n, s)
                        + Quantiles.normalQuantile(level) / Math.sqrt(prior.posteriorPrecision(n));
            }
        }
        return indices;
    }

    @Override
    int choose(Key key, ArmStatistics statistics) {
        return argmaxWithTies(indices(statistics), key.uniform());
    }
}
