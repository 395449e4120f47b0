package io.aifgym.agents.aif.control;

/**
 * Which mutual information scores the expected information gain about hidden states
 * (salience) of a predicted step.
 */
public enum StateInfoGainForm {
    /**
     * pymdp 1.0: {@code Σ_m [H(qo_m) - dot(H(A_m), q'(deps of m))]} with pymdp's clipped
     * entropies ({@code ln max(x, 2.22e-16)}). The default, and the one the fast engine evaluates.
     */
    PER_MODALITY,
    /**
     * The legacy factorised agent: {@code Σ_m spm_MDP_G(A_m, q'(deps of m))}, SPM's form with the
     * {@code exp(-16)} threshold on joint states and offsets. Reference evaluator only.
     */
    SPM_PER_MODALITY,
    /**
     * The legacy non-factorised agent: one {@code spm_MDP_G(A, q')} over the joint outcome of all
     * modalities and the joint state of all factors. Reference evaluator only; its cost grows with
     * the product of all outcome and state sizes.
     */
    SPM_JOINT
}
