/**
 * Vectorised envs: {@link io.aifgym.gym.vector.VectorEnv} steps N copies of an env in
 * lock-step with split keys, with an explicit {@link io.aifgym.gym.vector.AutoresetMode},
 * optionally on several threads with results independent of the thread count.
 */
package io.aifgym.gym.vector;
