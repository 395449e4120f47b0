/**
 * Spaces: the sealed family {@link io.aifgym.gym.space.Discrete},
 * {@link io.aifgym.gym.space.MultiDiscrete}, {@link io.aifgym.gym.space.Box} and the batched
 * view {@link io.aifgym.gym.space.Batch}, each sampling with a key and checking membership,
 * as gymnax's and Gymnasium's spaces.
 */
package io.aifgym.gym.space;
