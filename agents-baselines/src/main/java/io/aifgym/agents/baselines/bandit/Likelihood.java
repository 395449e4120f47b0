package io.aifgym.agents.baselines.bandit;

/** The reward model of a Bayesian bandit agent's arms. */
public enum Likelihood {
    /**
     * Rewards in {@code [0, 1]}, Bernoulli with an unknown mean and a {@link BetaPrior}; a
     * fractional reward r counts as r successes and 1 - r failures.
     */
    BERNOULLI,
    /**
     * Gaussian rewards with a known noise variance and a {@link GaussianPrior} on each arm's
     * mean.
     */
    GAUSSIAN
}
