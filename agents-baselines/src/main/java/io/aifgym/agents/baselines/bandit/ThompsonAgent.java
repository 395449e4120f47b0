package io.aifgym.agents.baselines.bandit;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Space;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Thompson sampling: draw one mean per arm from its posterior and pull the arm with the
 * largest draw. Bernoulli arms have Beta posteriors sampled with Cheng's algorithm; Gaussian
 * arms have normal posteriors sampled with the ziggurat method; all draws come from the
 * decision key's {@link Key#generator()}, arm by arm in index order.
 *
 * @param <O> the observation (ignored)
 * @param <A> the action (arm)
 */
public final class ThompsonAgent<O, A> extends ArmIndexAgent<O, A> {

    private final ThompsonConfig config;

    private ThompsonAgent(ThompsonConfig config, Space<A> actionSpace) {
        super("thompson", actionSpace, config.likelihood() == Likelihood.BERNOULLI, config.resetEachEpisode());
        this.config = config;
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
    public static <O, A> ThompsonAgent<O, A> of(ThompsonConfig config, Env<?, O, A> env) {
        return new ThompsonAgent<>(Objects.requireNonNull(config, "config"), env.actionSpace());
    }

    @Override
    int choose(Key key, ArmStatistics statistics) {
        UniformRandomProvider g = key.generator();
        double[] draws = new double[arms()];
        if (config.likelihood() == Likelihood.BERNOULLI) {
            BetaPrior prior = config.betaPrior();
            for (int a = 0; a < draws.length; a++) {
                double s = statistics.sum(a);
                double f = statistics.pulls(a) - s;
                draws[a] = ChengBetaSampler.of(g, prior.alpha() + s, prior.beta() + f).sample();
            }
        } else {
            GaussianPrior prior = config.gaussianPrior();
            ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(g);
            for (int a = 0; a < draws.length; a++) {
                long n = statistics.pulls(a);
                draws[a] = prior.posteriorMean(n, statistics.sum(a))
                        + normal.sample() / Math.sqrt(prior.posteriorPrecision(n));
            }
        }
        return argmaxWithTies(draws, g.nextDouble());
    }
}
