/**
 * Plugins: the {@link io.aifgym.gym.registry.EnvProvider} and
 * {@link io.aifgym.gym.registry.AgentProvider} SPIs, found with {@link java.util.ServiceLoader},
 * and the registries that index them by id, reject duplicates and suggest the nearest id.
 */
package io.aifgym.gym.registry;
