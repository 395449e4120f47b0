/**
 * Reinforcement-learning baselines for aifgym, each an
 * {@link io.aifgym.gym.registry.AgentProvider} found by {@link java.util.ServiceLoader}:
 *
 * <ul>
 *   <li>{@code random} ({@link io.aifgym.agents.baselines.random});</li>
 *   <li>{@code q-learning}, {@code sarsa}, {@code expected-sarsa} and {@code dyna-q}
 *       ({@link io.aifgym.agents.baselines.tabular});</li>
 *   <li>{@code epsilon-greedy}, {@code ucb1}, {@code bayes-ucb} and {@code thompson}
 *       ({@link io.aifgym.agents.baselines.bandit});</li>
 *   <li>{@code value-iteration} ({@link io.aifgym.agents.baselines.planning});</li>
 *   <li>{@code dqn} on ND4J ({@link io.aifgym.agents.baselines.dqn}).</li>
 * </ul>
 *
 * <p>Every agent state is an immutable value, learning returns a new value, and every random
 * choice is drawn from the {@link io.aifgym.gym.random.Key} given to
 * {@link io.aifgym.gym.agent.Agent#act}. Exploration schedules and action-selection kernels
 * shared by several agents live in {@link io.aifgym.agents.baselines.explore};
 * {@link io.aifgym.agents.baselines.FiniteSpaces} checks that an env's spaces are finite.
 */
package io.aifgym.agents.baselines;
