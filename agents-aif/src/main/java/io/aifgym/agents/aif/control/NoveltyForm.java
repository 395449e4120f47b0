package io.aifgym.agents.aif.control;

/**
 * The weights {@code w(α)} of the parameter information gain (novelty) about a Dirichlet
 * tensor {@code α} ({@code pA} or {@code pB}), per entry, normalised over axis 0. Entries with
 * {@code α <= 0} are masked out (weight 0) in both forms.
 */
public enum NoveltyForm {
    /**
     * pymdp 1.0 (the default): minus eq. D.15 of Da Costa et al. (2020),
     * {@code w = ln a0 - ln a + 1/a - 1/a0 + ψ(a) - ψ(a0)} with {@code a = max(α, 2.22e-16)} and
     * {@code a0 = max(Σ_axis0 a, 2.22e-16)}; positive and decreasing in the concentration.
     */
    EXACT,
    /**
     * SPM and the legacy package ({@code -spm_wnorm}): {@code w = 1/(α + 1e-16) - 1/Σ_axis0(α + 1e-16)}.
     */
    SPM
}
