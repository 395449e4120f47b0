/**
 * The generic rollout harness: {@link io.aifgym.gym.rollout.Rollout} runs any agent on any
 * env or vector env from one key, with online and offline learning and chainable
 * {@link io.aifgym.gym.rollout.Carry}s; {@link io.aifgym.gym.rollout.Trajectory} records it
 * column by column.
 */
package io.aifgym.gym.rollout;
