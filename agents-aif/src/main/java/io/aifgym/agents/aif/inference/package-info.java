/**
 * State inference of the active inference agent with pymdp 1.0's semantics
 * ({@code pymdp/inference.py}, {@code pymdp/algos.py}, spec section 4), typed instead of
 * pymdp's {@code inference_algo} strings.
 *
 * <ul>
 *   <li>{@link io.aifgym.agents.aif.inference.StateInference}: the sealed choice of algorithm:
 *       {@code Exact}, {@code FixedPoint} ({@code fpi}), {@code OnlineVariationalFiltering}
 *       ({@code ovf}), {@code MarginalMessagePassing} ({@code mmp}),
 *       {@code VariationalMessagePassing} ({@code vmp}); each states its
 *       {@link io.aifgym.agents.aif.inference.InferenceKind} and the
 *       {@link io.aifgym.agents.aif.inference.Smoothing} learning applies.</li>
 *   <li>{@link io.aifgym.agents.aif.inference.Inference}: the algorithms (one step, sequences
 *       with past actions, validity masks and inference-horizon windows, belief histories), the
 *       expected log-likelihood and the empirical prior; an allocation-free single-factor
 *       posterior for the hot path.</li>
 *   <li>{@link io.aifgym.agents.aif.inference.FreeEnergy}: the variational free energy
 *       diagnostic ({@code calc_vfe}) with its decomposition.</li>
 *   <li>{@link io.aifgym.agents.aif.inference.HiddenMarkov}: exact HMM filtering and smoothing
 *       (spec 4.10); {@link io.aifgym.agents.aif.inference.BeliefSmoothing}: smoothing of filtered
 *       histories for learning ({@code smoothing_exact}, {@code smoothing_ovf}, spec 7.3).</li>
 *   <li>{@link io.aifgym.agents.aif.inference.LegacyInference}: the legacy NumPy/SPM schemes
 *       (fixed point with its free-energy stopping rule, factorised fixed point, SPM's marginal
 *       message passing with its quirks, the legacy free energy), explicitly apart.</li>
 *   <li>{@link io.aifgym.agents.aif.inference.Observations}: one-hot conversion, where the
 *       padding index -1 becomes the all-zero vector (no evidence).</li>
 * </ul>
 *
 * <p>Names are pymdp's: {@code qs[f]} beliefs per factor, {@code obs[m]} observations per
 * modality, {@code prior} the (empirical) prior, {@code pastActions[t][f]} the actions between
 * window steps with -1 for none. {@code ln⁺ x = ln max(x, 2.22e-16)}.
 */
package io.aifgym.agents.aif.inference;
