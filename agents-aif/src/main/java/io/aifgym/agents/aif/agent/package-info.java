/**
 * The active inference agent as a gym {@link io.aifgym.gym.agent.Agent} plugin: pymdp 1.0's
 * {@code Agent} with its {@code rollout}/{@code infer_and_plan} loop (spec sections 2 and 9),
 * built from the model, inference, control and learning packages.
 *
 * <ul>
 *   <li>{@link io.aifgym.agents.aif.agent.AifConfig}: the typed options with pymdp 1.0's
 *       defaults, bound from JSON or YAML, and how the provider builds the model from an env.</li>
 *   <li>{@link io.aifgym.agents.aif.agent.AifAgent}: {@code Agent<AifState, int[], int[]>}:
 *       state inference, planning over the policy tree, action selection, online and offline
 *       Dirichlet learning, batched acting.</li>
 *   <li>{@link io.aifgym.agents.aif.agent.AifState}: one agent's immutable state (model,
 *       beliefs, last action and policy posterior, inference windows, block history).</li>
 *   <li>{@link io.aifgym.agents.aif.agent.AifAgentProvider}: the {@code aif} plugin, which builds
 *       the model from any env exposing its {@link io.aifgym.gym.model.GenerativeProcess}.</li>
 * </ul>
 *
 * <p>Reference: pymdp {@code pymdp/agent.py} and {@code pymdp/envs/rollout.py}.
 */
package io.aifgym.agents.aif.agent;
