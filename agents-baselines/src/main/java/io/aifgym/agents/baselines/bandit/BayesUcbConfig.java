package io.aifgym.agents.baselines.bandit;

import java.util.Objects;

/**
 * The config of {@code bayes-ucb}.
 *
 * @param likelihood Bernoulli or Gaussian arms; default {@link Likelihood#BERNOULLI}
 * @param horizonExponent the exponent c of the quantile level
 *     {@code 1 - 1 / (t * max(1, ln t)^c)}, non-negative; default 0 (the value Kaufmann et al.
 *     recommend in practice; their regret bound needs c >= 5)
 * @param betaPrior the prior of Bernoulli arms; default {@link BetaPrior#UNIFORM}
 * @param gaussianPrior the prior and noise of Gaussian arms; default
 *     {@link GaussianPrior#STANDARD}
 * @param resetEachEpisode whether the statistics start afresh when an episode ends, as when
 *     each episode is a new bandit (gym-envs' bandits draw new arms at every reset by
 *     default); default true
 */
public record BayesUcbConfig(Likelihood likelihood, double horizonExponent, BetaPrior betaPrior,
        GaussianPrior gaussianPrior, boolean resetEachEpisode) {

    /** Bernoulli arms, uniform priors, c = 0, statistics reset at each episode's end. */
    public static final BayesUcbConfig DEFAULT = new BayesUcbConfig(Likelihood.BERNOULLI, 0.0, BetaPrior.UNIFORM,
            GaussianPrior.STANDARD, true);

    /** Validates the config. */
    public BayesUcbConfig {
        Objects.requireNonNull(likelihood, "likelihood");
        Objects.requireNonNull(betaPrior, "betaPrior");
        Objects.requireNonNull(gaussianPrior, "gaussianPrior");
        if (!(horizonExponent >= 0) || !Double.isFinite(horizonExponent)) {
            throw new IllegalArgumentException("horizonExponent: expected a non-negative finite number, found "
                    + horizonExponent);
        }
    }
}
