/**
 * Exploration for value-based agents: {@link io.aifgym.agents.baselines.explore.Schedule}
 * (a constant, linear or exponential decay over steps or episodes),
 * {@link io.aifgym.agents.baselines.explore.Exploration} (epsilon-greedy or softmax, as a
 * config value) and {@link io.aifgym.agents.baselines.explore.ActionSelection}, the kernels
 * that pick an action from a row of action values with one uniform draw and give the
 * policy's probabilities (for expected SARSA).
 *
 * <p>References: Sutton and Barto, <i>Reinforcement Learning: An Introduction</i> (2nd ed.,
 * 2018), sections 2.2-2.3 (epsilon-greedy), 2.8 and 13.1 (softmax / Boltzmann selection).
 */
package io.aifgym.agents.baselines.explore;
