/**
 * Dirichlet parameter learning of the generative model (pymdp's {@code learning.py} and
 * {@code Agent.infer_parameters}, spec 7): count updates of {@code pA}, {@code pB} and the
 * legacy {@code pD} with learning rates, the new {@code A}/{@code B} as Dirichlet expected
 * values, and the whole {@code infer_parameters} control flow with offline smoothing of the
 * filtered beliefs (exact HMM smoothing for {@code exact}, {@code smoothing_ovf} for
 * {@code ovf}, spec 7.3/7.4).
 *
 * <ul>
 *   <li>{@link io.aifgym.agents.aif.learning.DirichletLearning}: the update rules, on raw tensors
 *       (as pymdp's functions) and on a {@link io.aifgym.agents.aif.model.GenerativeModel}.</li>
 *   <li>{@link io.aifgym.agents.aif.learning.ParameterLearning}: {@code infer_parameters} for one
 *       agent and for a {@link io.aifgym.agents.aif.model.ModelBatch}, returning NEW models.</li>
 *   <li>{@link io.aifgym.agents.aif.learning.CountMask}: pymdp 1.0's unmasked counts (default) or
 *       the legacy masked form.</li>
 * </ul>
 *
 * <p>Learning never mutates a model and only adds non-negative counts: every update returns
 * a new model whose concentrations are at least the old ones.
 */
package io.aifgym.agents.aif.learning;
