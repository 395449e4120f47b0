/**
 * Multi-armed bandit baselines: each arm is an action of a finite action space, observations
 * are ignored, and the state is a value of per-arm statistics.
 *
 * <ul>
 *   <li>{@code epsilon-greedy}: {@link io.aifgym.agents.baselines.bandit.EpsilonGreedyBanditAgent}
 *       with sample averages or a constant step size and optional optimistic initial values
 *       (Sutton and Barto 2018, sections 2.2-2.6);</li>
 *   <li>{@code ucb1}: {@link io.aifgym.agents.baselines.bandit.Ucb1Agent} (Auer, Cesa-Bianchi
 *       and Fischer 2002);</li>
 *   <li>{@code bayes-ucb}: {@link io.aifgym.agents.baselines.bandit.BayesUcbAgent}, upper
 *       posterior quantiles (Kaufmann, Cappé and Garivier 2012);</li>
 *   <li>{@code thompson}: {@link io.aifgym.agents.baselines.bandit.ThompsonAgent}, posterior
 *       sampling (Thompson 1933; Agrawal and Goyal 2012) with Beta-Bernoulli or Gaussian arms.</li>
 * </ul>
 *
 * <p>{@link io.aifgym.agents.baselines.bandit.ArmStatistics} is the shared state (pulls and
 * reward sums per arm); {@link io.aifgym.agents.baselines.bandit.Likelihood},
 * {@link io.aifgym.agents.baselines.bandit.BetaPrior} and
 * {@link io.aifgym.agents.baselines.bandit.GaussianPrior} describe the Bayesian agents' models.
 */
package io.aifgym.agents.baselines.bandit;
