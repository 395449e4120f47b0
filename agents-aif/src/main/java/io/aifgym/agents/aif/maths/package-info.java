/**
 * The numerical primitives of the active inference agent, ported from pymdp's
 * {@code pymdp/maths.py} (and the SPM routines it mirrors): stable logarithms, softmax,
 * entropies, factor dots (tensor contractions with one vector per axis), outer products,
 * Dirichlet expectations, novelty weights and the special functions they need.
 *
 * <p>Everything works on flat {@code double[]} arrays in row-major (C) order with an explicit
 * {@code int[] shape}, the layout of pymdp's NumPy arrays: for {@code A[m]} of shape
 * {@code (No, Ns0, Ns1, ...)} the observation axis 0 is the slowest, so a "column" (one
 * distribution over axis 0) is strided by the product of the other sizes. Methods that take an
 * {@code out} array write their result there and allocate nothing, so they can run in hot
 * loops; the others allocate their result. {@link io.aifgym.gym.tensor.DoubleTensor} overloads
 * exist where a shape travels with the data.
 *
 * <ul>
 *   <li>{@link io.aifgym.agents.aif.maths.Maths}: {@code log_stable} ({@code ln max(x, 2.22e-16)}),
 *       SPM's {@code log(x + eps)}, softmax (one vector or column-wise over axis 0),
 *       entropies, KL divergence, normalisation along axis 0, small vector helpers.</li>
 *   <li>{@link io.aifgym.agents.aif.maths.FactorDot}: pymdp 1.0's {@code factor_dot} (contract
 *       every axis not kept), SPM's {@code spm_dot} with {@code dims_to_omit}, matrix-vector
 *       kernels and {@code spm_cross} / {@code multidimensional_outer}.</li>
 *   <li>{@link io.aifgym.agents.aif.maths.Dirichlet}: expected values, the exact and SPM novelty
 *       weights ({@code spm_wnorm}), Dirichlet KL divergence and Bayesian model reduction
 *       ({@code spm_MDP_log_evidence}).</li>
 *   <li>{@link io.aifgym.agents.aif.maths.Special}: digamma and log-gamma accurate to about
 *       1e-14.</li>
 * </ul>
 *
 * <p>Names follow pymdp: {@code A} likelihoods, {@code B} transitions, {@code qs} beliefs,
 * {@code pA}/{@code pB} Dirichlet concentrations. See {@code shared/spec/pymdp-semantics.md}
 * sections 0.3 and 3.
 */
package io.aifgym.agents.aif.maths;
