/**
 * Golden functions that need the whole stack (envs, the active inference agent and the rollout
 * harness together): {@link io.aifgym.bench.golden.RolloutGoldenFunctions} runs pymdp 1.0's
 * {@code jax_rollout_gridworld} cases through the learning-gridworld study's own code path.
 * Registered in {@code META-INF/services/io.aifgym.gym.golden.GoldenFunctions}, so
 * {@code aifgym golden} runs them too.
 */
package io.aifgym.bench.golden;
