/**
 * Planning on an env's known model, the Bellman-optimal reference line of a comparison:
 * {@link io.aifgym.agents.baselines.planning.ValueIteration} solves a
 * {@link io.aifgym.gym.model.TabularModel} (Gymnasium's {@code P}, exposed by envs through
 * {@link io.aifgym.gym.model.HasTabularModel}) into a
 * {@link io.aifgym.agents.baselines.planning.Plan};
 * {@link io.aifgym.agents.baselines.planning.PolicyEvaluation} computes a policy's exact
 * expected return, with or without a step limit; and
 * {@link io.aifgym.agents.baselines.planning.ValueIterationAgent} (provider id
 * {@code value-iteration}) follows the plan.
 *
 * <p>Reference: Bellman (1957); Sutton and Barto 2018, sections 4.3-4.4; Puterman 1994,
 * section 6.3.
 */
package io.aifgym.agents.baselines.planning;
