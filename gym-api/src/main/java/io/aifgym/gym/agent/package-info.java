/**
 * The agent SPI: {@link io.aifgym.gym.agent.Agent} (a pure policy and learner over a state
 * value), {@link io.aifgym.gym.agent.Decision}, {@link io.aifgym.gym.agent.Transition} for
 * online learning and {@link io.aifgym.gym.agent.Block} for offline learning.
 */
package io.aifgym.gym.agent;
