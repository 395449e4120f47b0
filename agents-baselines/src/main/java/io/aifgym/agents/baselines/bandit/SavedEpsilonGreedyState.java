package io.aifgym.agents.baselines.bandit;

/**
 * The saved form of an {@link EpsilonGreedyState}, for checkpoints
 * ({@link EpsilonGreedyBanditAgent#save}).
 *
 * @param statistics the pulls and reward sums
 * @param estimates one estimate per arm
 * @param episodes the episodes ended
 */
public record SavedEpsilonGreedyState(SavedArmStatistics statistics, double[] estimates, long episodes) {
}
