/**
 * The generative model of the active inference agent (pymdp's {@code A, B, C, D, E, pA, pB},
 * the legacy {@code pD}, inductive goals {@code H}, A/B dependencies and multi-action
 * dependencies), validated once at construction, immutable, with flat read-only accessors for
 * hot loops.
 *
 * <ul>
 *   <li>{@link io.aifgym.agents.aif.model.GenerativeModel}: one agent's model. Built with
 *       {@link io.aifgym.agents.aif.model.GenerativeModel#builder}, from an env's
 *       {@link io.aifgym.gym.model.GenerativeProcess} with
 *       {@link io.aifgym.agents.aif.model.GenerativeModel#fromProcess}, changed with
 *       {@link io.aifgym.agents.aif.model.GenerativeModel#toBuilder}.</li>
 *   <li>{@link io.aifgym.agents.aif.model.ModelBatch}: one model per agent of a batch, with
 *       pymdp's broadcast rules for tensors with a leading batch axis (spec 1.3).</li>
 *   <li>{@link io.aifgym.agents.aif.model.InvalidModelException}: every problem found, each
 *       naming the tensor, the index, the expected and the found value.</li>
 *   <li>{@link io.aifgym.agents.aif.model.ModelJson}: the JSON model file format.</li>
 * </ul>
 *
 * <h2>Names and layouts (pymdp's, spec 0.2)</h2>
 * <ul>
 *   <li>{@code A[m]} (likelihood): {@code (No[m], Ns[aDeps[m][0]], Ns[aDeps[m][1]], ...)},
 *       {@code A[m][o, s...] = P(o_m = o | s...)}, each column over axis 0 sums to 1.</li>
 *   <li>{@code B[f]} (transitions): {@code (Ns[f], Ns[bDeps[f][0]], ..., Nu[f])},
 *       {@code B[f][s', s..., u] = P(s'_f | s..., u)}, each column over axis 0 sums to 1;
 *       {@code bDeps[f]} must contain {@code f}. With multi-actions ({@code bActionDependencies},
 *       control factor sizes {@code numControls}) the trailing action axes, one per control
 *       factor acting on {@code f} (none if none), are flattened into one (last control fastest).</li>
 *   <li>{@code C[m]}: raw log-preferences {@code (No[m])} or time-indexed {@code (L', No[m])};
 *       default {@code 1/No[m]} everywhere (pymdp's default, not zeros).</li>
 *   <li>{@code D[f]}: initial-state prior {@code (Ns[f])}, default uniform.</li>
 *   <li>{@code E}: policy prior {@code (P)}, default uniform (absent).</li>
 *   <li>{@code pA}, {@code pB}, {@code pD}: Dirichlet concentrations shaped like {@code A},
 *       {@code B}, {@code D}, non-negative; any modality or factor may lack one.</li>
 *   <li>{@code H[f]}: inductive-planning goal indicators {@code (Ns[f])}.</li>
 * </ul>
 *
 * <h2>Validation (spec 1.4, collected, never asserts)</h2>
 * Dependencies in range, distinct, each factor depending on itself; every shape agreeing with
 * the dependencies and the derived {@code Ns}/{@code No}; every element finite; probabilities
 * and concentrations non-negative; every column of {@code A} and {@code B} summing to 1 (pymdp's
 * {@code isclose}, rtol 1e-5, atol 1e-8, with "sums to zero" reported apart); batch leading
 * sizes 1 or {@code Bt}; agents of a batch agreeing in structure.
 *
 * <h2>The JSON model file (version 1, also in {@code docs/model-format.md})</h2>
 * One object: {@code "format": "aifgym-generative-model"}, {@code "version": 1} (both
 * optional on reading), {@code "batchSize"} (default 1), {@code "A"} and {@code "B"} (lists
 * of nested number lists, required), and optional {@code "C"}, {@code "D"}, {@code "E"},
 * {@code "pA"}, {@code "pB"}, {@code "pD"} (list entries may be {@code null}), {@code "H"},
 * {@code "aDependencies"}, {@code "bDependencies"}, {@code "bActionDependencies"} with
 * {@code "numControls"}, and {@code "labels"} ({@code factors}, {@code modalities},
 * {@code states}, {@code observations}, {@code actions}). Tensors are row-major nested lists;
 * any may carry a leading batch axis by {@link io.aifgym.agents.aif.model.ModelBatch}'s rules.
 */
package io.aifgym.agents.aif.model;
