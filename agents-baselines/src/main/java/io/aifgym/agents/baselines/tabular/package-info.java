/**
 * Tabular temporal-difference agents for envs with finite observation and action spaces
 * (FrozenLake's {@code Integer}s and pymdp envs' {@code int[]}s alike, through
 * {@link io.aifgym.gym.space.Space#indexOf} and {@link io.aifgym.gym.space.Space#valueAt}):
 *
 * <ul>
 *   <li>{@link io.aifgym.agents.baselines.tabular.TdAgent} with
 *       {@link io.aifgym.agents.baselines.tabular.TdMethod} Q-learning (Watkins 1989),
 *       SARSA (Rummery and Niranjan 1994) and expected SARSA (van Seijen et al. 2009),
 *       provider ids {@code q-learning}, {@code sarsa} and {@code expected-sarsa};</li>
 *   <li>{@link io.aifgym.agents.baselines.tabular.DynaQAgent}, Dyna-Q (Sutton 1990; Sutton
 *       and Barto 2018, section 8.2), provider id {@code dyna-q}.</li>
 * </ul>
 *
 * <p>The Q-table is a {@link io.aifgym.agents.baselines.tabular.PersistentTable}: learning
 * returns a new agent state that shares all but one chunk of the old table.
 */
package io.aifgym.agents.baselines.tabular;
