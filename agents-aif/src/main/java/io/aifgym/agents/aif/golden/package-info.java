/**
 * The golden-case plugin of the agent's core ({@link io.aifgym.agents.aif.golden.CoreGoldenFunctions},
 * registered in {@code META-INF/services/io.aifgym.gym.golden.GoldenFunctions}): runs the
 * reference cases of {@code shared/golden} (SPM and pymdp's legacy NumPy package) and
 * {@code shared/golden-jax} (pymdp 1.0) for the maths, state inference, smoothing and learning
 * functions through this module's public API; and the plugin of planning and action
 * ({@link io.aifgym.agents.aif.golden.ControlGoldenFunctions}): policy construction, expected
 * states and outcomes, the expected free energy terms, policy posteriors and action selection.
 */
package io.aifgym.agents.aif.golden;
