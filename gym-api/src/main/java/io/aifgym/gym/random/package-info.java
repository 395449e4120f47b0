/**
 * Explicit random keys: {@link io.aifgym.gym.random.Key}, the only source of randomness in
 * aifgym. Every stochastic method takes a key argument; nothing holds a generator in a field.
 * Keys split and fold like JAX's keys and are built on Commons RNG's counter-based Philox-4x64.
 */
package io.aifgym.gym.random;
