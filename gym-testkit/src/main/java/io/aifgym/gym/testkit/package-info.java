/**
 * Contract test kits that env and agent authors extend with one method:
 * {@link io.aifgym.gym.testkit.EnvContract}, {@link io.aifgym.gym.testkit.VectorEnvContract}
 * and {@link io.aifgym.gym.testkit.AgentContract} (Jenetics' testers, Jumanji's
 * {@code check_env_does_not_smoke}, Gymnasium's {@code check_env}).
 */
package io.aifgym.gym.testkit;
