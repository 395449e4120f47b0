/**
 * pymdp's environments (pymdp/envs/): categorical POMDPs given by A, B and D with their
 * dependencies, sampled with pymdp's key structure, exposing their generative process so an
 * active inference agent can be built from them.
 *
 * <p>This package holds the shared machinery and the generic env:
 * {@link io.aifgym.envs.pomdp.PomdpEnv} (pymdp's {@code PymdpEnv}, id {@code PomdpEnv-v0}),
 * {@link io.aifgym.envs.pomdp.ProcessKernel} and {@link io.aifgym.envs.pomdp.CategoricalTable}
 * (the compiled sampler), {@link io.aifgym.envs.pomdp.AbstractPomdpEnv} (the base of every
 * pymdp env), {@link io.aifgym.envs.pomdp.CategoricalObservations} (one-hot observations,
 * pymdp's {@code categorical_obs}) and helpers. The named envs live in sub-packages:
 * {@code grid} (GridWorld), {@code tmaze} (TMaze, SimplifiedTMaze), {@code generalized}
 * (GeneralizedTMaze), {@code cue} (CueChaining) and {@code graph} (GraphWorld).
 * Semantics: section 8 of {@code spec/pymdp-semantics.md}.
 */
package io.aifgym.envs.pomdp;
