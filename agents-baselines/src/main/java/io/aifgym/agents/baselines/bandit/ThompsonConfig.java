package io.aifgym.agents.baselines.bandit;

import java.util.Objects;

/**
 * The config of {@code thompson}.
 *
 * @param likelihood Bernoulli (Beta-Bernoulli) or Gaussian arms; default
 *     {@link Likelihood#BERNOULLI}
 * @param betaPrior the prior of Bernoulli arms; default {@link BetaPrior#UNIFORM}
 * @param gaussianPrior the prior and noise of Gaussian arms; default
 *     {@link GaussianPrior#STANDARD}
 * @param resetEachEpisode whether the statistics start afresh when an episode ends, as when
 *     each episode is a new bandit (gym-envs' bandits draw new arms at every reset by
 *     default); default true
 */
public record ThompsonConfig(Likelihood likelihood, BetaPrior betaPrior, GaussianPrior gaussianPrior,
        boolean resetEachEpisode) {

    /** Beta-Bernoulli with uniform priors, statistics reset at each episode's end. */
    public static final ThompsonConfig DEFAULT = new ThompsonConfig(Likelihood.BERNOULLI, BetaPrior.UNIFORM,
            GaussianPrior.STANDARD, true);

    /** Validates the config. */
    public ThompsonConfig {
        Objects.requireNonNull(likelihood, "likelihood");
        Objects.requireNonNull(betaPrior, "betaPrior");
        Objects.requireNonNull(gaussianPrior, "gaussianPrior");
    }
}
