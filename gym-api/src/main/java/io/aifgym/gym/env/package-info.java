/**
 * The env contract: {@link io.aifgym.gym.env.Env} (pure, stateless, keyed),
 * {@link io.aifgym.gym.env.Reset}, {@link io.aifgym.gym.env.Step} with terminated and
 * truncated kept apart, and {@link io.aifgym.gym.env.EnvSpec} with a versioned
 * {@link io.aifgym.gym.env.EnvId}.
 */
package io.aifgym.gym.env;
