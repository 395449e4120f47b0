/**
 * Multi-armed bandits for the baselines: {@link io.aifgym.envs.bandit.BernoulliBandit}
 * ({@code BernoulliBandit-v0}) and {@link io.aifgym.envs.bandit.GaussianBandit}
 * ({@code GaussianBandit-v0}). Arms are given or drawn from the reset key and then kept in the
 * episode's {@link io.aifgym.envs.bandit.BanditState}; every step reports the expected
 * {@code regret} of the pull and whether it was {@code optimal}.
 */
package io.aifgym.envs.bandit;
