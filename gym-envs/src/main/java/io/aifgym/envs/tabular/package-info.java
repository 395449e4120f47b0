/**
 * Gymnasium's tabular ("toy text") environments with their exact maps, action orders and
 * transition tables: {@link io.aifgym.envs.tabular.FrozenLake} ({@code FrozenLake-v1}) and
 * {@link io.aifgym.envs.tabular.CliffWalking} ({@code CliffWalking-v1}). Each exposes
 * Gymnasium's {@code P} as a {@link io.aifgym.gym.model.TabularModel} for value iteration and
 * samples it through {@link io.aifgym.envs.tabular.TabularDynamics}.
 */
package io.aifgym.envs.tabular;
